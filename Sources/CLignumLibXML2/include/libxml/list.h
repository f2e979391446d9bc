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

/* Creating, searching and editing linked lists. */
XMLPUBFUN xmlListPtr XMLCALL xmlListCreate(xmlListDeallocator deallocator,
                                           xmlListDataCompare compare);
XMLPUBFUN void XMLCALL xmlListDelete(xmlListPtr l);
XMLPUBFUN void *XMLCALL xmlListSearch(xmlListPtr l, void *data);
XMLPUBFUN void *XMLCALL xmlListReverseSearch(xmlListPtr l, void *data);
XMLPUBFUN int XMLCALL xmlListInsert(xmlListPtr l, void *data);
XMLPUBFUN int XMLCALL xmlListAppend(xmlListPtr l, void *data);
XMLPUBFUN int XMLCALL xmlListRemoveFirst(xmlListPtr l, void *data);
XMLPUBFUN int XMLCALL xmlListRemoveLast(xmlListPtr l, void *data);
XMLPUBFUN int XMLCALL xmlListRemoveAll(xmlListPtr l, void *data);
XMLPUBFUN void XMLCALL xmlListClear(xmlListPtr l);
XMLPUBFUN int XMLCALL xmlListEmpty(xmlListPtr l);

/* Inspecting the ends and size of a list. */
XMLPUBFUN xmlLinkPtr XMLCALL xmlListFront(xmlListPtr l);
XMLPUBFUN xmlLinkPtr XMLCALL xmlListEnd(xmlListPtr l);
XMLPUBFUN int XMLCALL xmlListSize(xmlListPtr l);

/* Using a list as a stack or a queue. */
XMLPUBFUN void XMLCALL xmlListPopFront(xmlListPtr l);
XMLPUBFUN void XMLCALL xmlListPopBack(xmlListPtr l);
XMLPUBFUN int XMLCALL xmlListPushFront(xmlListPtr l, void *data);
XMLPUBFUN int XMLCALL xmlListPushBack(xmlListPtr l, void *data);

/* Reordering, walking and copying lists. */
XMLPUBFUN void XMLCALL xmlListReverse(xmlListPtr l);
XMLPUBFUN void XMLCALL xmlListSort(xmlListPtr l);
XMLPUBFUN void XMLCALL xmlListWalk(xmlListPtr l, xmlListWalker walker, void *user);
XMLPUBFUN void XMLCALL xmlListReverseWalk(xmlListPtr l, xmlListWalker walker, void *user);
XMLPUBFUN void XMLCALL xmlListMerge(xmlListPtr l1, xmlListPtr l2);
XMLPUBFUN xmlListPtr XMLCALL xmlListDup(const xmlListPtr old);
XMLPUBFUN int XMLCALL xmlListCopy(xmlListPtr cur, const xmlListPtr old);
XMLPUBFUN void *XMLCALL xmlLinkGetData(xmlLinkPtr lk);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_LIST_H */
