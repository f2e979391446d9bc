/*
 * Lignum's libxml2-compatible C interface: doubly linked lists.
 */
#ifndef LIGNUM_LIBXML_LIST_H
#define LIGNUM_LIBXML_LIST_H

#include <libxml/xmlversion.h>

#ifdef __cplusplus
extern "C" {
#endif

/* One cell of a list; private. */
typedef struct _xmlLink xmlLink;
typedef xmlLink *xmlLinkPtr;

/* A list; private. */
typedef struct _xmlList xmlList;
typedef xmlList *xmlListPtr;

/* Frees the data of a cell being removed. */
typedef void (*xmlListDeallocator)(xmlLinkPtr link);
/* Orders two data items: negative, zero or positive. */
typedef int (*xmlListDataCompare)(const void *a, const void *b);
/* Visits one item; returning 0 stops the walk. */
typedef int (*xmlListWalker)(const void *data, void *user);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_LIST_H */
