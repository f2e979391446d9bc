/*
 * Lignum's libxml2-compatible C interface: XPointer location sets.
 */
#ifndef LIGNUM_LIBXML_XPOINTER_H
#define LIGNUM_LIBXML_XPOINTER_H

#include <libxml/xmlversion.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A set of locations (points, ranges or nodes), each an XPath value. */
typedef struct _xmlLocationSet xmlLocationSet;
typedef xmlLocationSet *xmlLocationSetPtr;
struct _xmlLocationSet {
    int locNr;
    int locMax;
    xmlXPathObjectPtr *locTab;
};

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_XPOINTER_H */
