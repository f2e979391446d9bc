/*
 * Lignum's libxml2-compatible C interface: canonical XML.
 */
#ifndef LIGNUM_LIBXML_C14N_H
#define LIGNUM_LIBXML_C14N_H

#include <libxml/xmlversion.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Which canonicalisation algorithm. */
typedef enum {
    XML_C14N_1_0           = 0,
    XML_C14N_EXCLUSIVE_1_0 = 1,
    XML_C14N_1_1           = 2
} xmlC14NMode;

/* Decides whether node (child of parent) appears in the output: nonzero for yes. */
typedef int (*xmlC14NIsVisibleCallback)(void *user_data, xmlNodePtr node, xmlNodePtr parent);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_C14N_H */
