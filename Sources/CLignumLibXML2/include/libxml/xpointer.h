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

/* Location sets and ranges. */
XMLPUBFUN xmlLocationSetPtr XMLCALL xmlXPtrLocationSetCreate(xmlXPathObjectPtr val);
XMLPUBFUN void XMLCALL xmlXPtrFreeLocationSet(xmlLocationSetPtr obj);
XMLPUBFUN xmlLocationSetPtr XMLCALL
    xmlXPtrLocationSetMerge(xmlLocationSetPtr val1, xmlLocationSetPtr val2);
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPtrNewRange(xmlNodePtr start, int startindex,
                                                    xmlNodePtr end, int endindex);
XMLPUBFUN xmlXPathObjectPtr XMLCALL
    xmlXPtrNewRangePoints(xmlXPathObjectPtr start, xmlXPathObjectPtr end);
XMLPUBFUN xmlXPathObjectPtr XMLCALL
    xmlXPtrNewRangeNodePoint(xmlNodePtr start, xmlXPathObjectPtr end);
XMLPUBFUN xmlXPathObjectPtr XMLCALL
    xmlXPtrNewRangePointNode(xmlXPathObjectPtr start, xmlNodePtr end);
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPtrNewRangeNodes(xmlNodePtr start, xmlNodePtr end);
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPtrNewLocationSetNodes(xmlNodePtr start, xmlNodePtr end);
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPtrNewLocationSetNodeSet(xmlNodeSetPtr set);
XMLPUBFUN xmlXPathObjectPtr XMLCALL
    xmlXPtrNewRangeNodeObject(xmlNodePtr start, xmlXPathObjectPtr end);
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPtrNewCollapsedRange(xmlNodePtr start);
XMLPUBFUN void XMLCALL xmlXPtrLocationSetAdd(xmlLocationSetPtr cur, xmlXPathObjectPtr val);
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPtrWrapLocationSet(xmlLocationSetPtr val);
XMLPUBFUN void XMLCALL xmlXPtrLocationSetDel(xmlLocationSetPtr cur, xmlXPathObjectPtr val);
XMLPUBFUN void XMLCALL xmlXPtrLocationSetRemove(xmlLocationSetPtr cur, int val);

/* Evaluating XPointer expressions. */
XMLPUBFUN xmlXPathContextPtr XMLCALL xmlXPtrNewContext(xmlDocPtr doc, xmlNodePtr here,
                                                       xmlNodePtr origin);
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPtrEval(const xmlChar *str, xmlXPathContextPtr ctx);
XMLPUBFUN void XMLCALL xmlXPtrRangeToFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN xmlNodePtr XMLCALL xmlXPtrBuildNodeList(xmlXPathObjectPtr obj);
XMLPUBFUN void XMLCALL xmlXPtrEvalRangePredicate(xmlXPathParserContextPtr ctxt);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_XPOINTER_H */
