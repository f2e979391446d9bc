/*
 * Lignum's libxml2-compatible C interface: helpers for writing XPath extension functions.
 */
#ifndef LIGNUM_LIBXML_XPATHINTERNALS_H
#define LIGNUM_LIBXML_XPATHINTERNALS_H

#include <libxml/xmlversion.h>
#include <libxml/xpath.h>

/* Return from the calling function when an evaluation error is pending. */
#define CHECK_ERROR if (ctxt->error != XPATH_EXPRESSION_OK) return
#define CHECK_ERROR0 if (ctxt->error != XPATH_EXPRESSION_OK) return(0)

/* Convert the value on top of the stack, in place, unless it already has that type. */
#define CAST_TO_STRING \
    if ((ctxt->value != NULL) && (ctxt->value->type != XPATH_STRING)) \
        xmlXPathStringFunction(ctxt, 1);
#define CAST_TO_NUMBER \
    if ((ctxt->value != NULL) && (ctxt->value->type != XPATH_NUMBER)) \
        xmlXPathNumberFunction(ctxt, 1);
#define CAST_TO_BOOLEAN \
    if ((ctxt->value != NULL) && (ctxt->value->type != XPATH_BOOLEAN)) \
        xmlXPathBooleanFunction(ctxt, 1);

#ifdef __cplusplus
extern "C" {
#endif

/* Popping arguments of the expected type off the value stack. */
XMLPUBFUN int XMLCALL xmlXPathPopBoolean(xmlXPathParserContextPtr ctxt);
XMLPUBFUN double XMLCALL xmlXPathPopNumber(xmlXPathParserContextPtr ctxt);
XMLPUBFUN xmlChar *XMLCALL xmlXPathPopString(xmlXPathParserContextPtr ctxt);
XMLPUBFUN xmlNodeSetPtr XMLCALL xmlXPathPopNodeSet(xmlXPathParserContextPtr ctxt);
XMLPUBFUN void *XMLCALL xmlXPathPopExternal(xmlXPathParserContextPtr ctxt);

/* Hooks for looking up variables and functions. */
XMLPUBFUN void XMLCALL xmlXPathRegisterVariableLookup(xmlXPathContextPtr ctxt,
                                                      xmlXPathVariableLookupFunc f, void *data);
XMLPUBFUN void XMLCALL xmlXPathRegisterFuncLookup(xmlXPathContextPtr ctxt, xmlXPathFuncLookupFunc f,
                                                  void *funcCtxt);

/* Reporting evaluation errors. */
XMLPUBFUN void XMLCALL xmlXPatherror(xmlXPathParserContextPtr ctxt, const char *file, int line,
                                     int no);
XMLPUBFUN void XMLCALL xmlXPathErr(xmlXPathParserContextPtr ctxt, int error);

/* Debug dumps. */
XMLPUBFUN void XMLCALL xmlXPathDebugDumpObject(FILE *output, xmlXPathObjectPtr cur, int depth);
XMLPUBFUN void XMLCALL xmlXPathDebugDumpCompExpr(FILE *output, xmlXPathCompExprPtr comp, int depth);

/* Set operations on node sets. */
XMLPUBFUN int XMLCALL xmlXPathNodeSetContains(xmlNodeSetPtr cur, xmlNodePtr val);
XMLPUBFUN xmlNodeSetPtr XMLCALL xmlXPathDifference(xmlNodeSetPtr nodes1, xmlNodeSetPtr nodes2);
XMLPUBFUN xmlNodeSetPtr XMLCALL xmlXPathIntersection(xmlNodeSetPtr nodes1, xmlNodeSetPtr nodes2);
XMLPUBFUN xmlNodeSetPtr XMLCALL xmlXPathDistinctSorted(xmlNodeSetPtr nodes);
XMLPUBFUN xmlNodeSetPtr XMLCALL xmlXPathDistinct(xmlNodeSetPtr nodes);
XMLPUBFUN int XMLCALL xmlXPathHasSameNodes(xmlNodeSetPtr nodes1, xmlNodeSetPtr nodes2);
XMLPUBFUN xmlNodeSetPtr XMLCALL xmlXPathNodeLeadingSorted(xmlNodeSetPtr nodes, xmlNodePtr node);
XMLPUBFUN xmlNodeSetPtr XMLCALL xmlXPathLeadingSorted(xmlNodeSetPtr nodes1, xmlNodeSetPtr nodes2);
XMLPUBFUN xmlNodeSetPtr XMLCALL xmlXPathNodeLeading(xmlNodeSetPtr nodes, xmlNodePtr node);
XMLPUBFUN xmlNodeSetPtr XMLCALL xmlXPathLeading(xmlNodeSetPtr nodes1, xmlNodeSetPtr nodes2);
XMLPUBFUN xmlNodeSetPtr XMLCALL xmlXPathNodeTrailingSorted(xmlNodeSetPtr nodes, xmlNodePtr node);
XMLPUBFUN xmlNodeSetPtr XMLCALL xmlXPathTrailingSorted(xmlNodeSetPtr nodes1, xmlNodeSetPtr nodes2);
XMLPUBFUN xmlNodeSetPtr XMLCALL xmlXPathNodeTrailing(xmlNodeSetPtr nodes, xmlNodePtr node);
XMLPUBFUN xmlNodeSetPtr XMLCALL xmlXPathTrailing(xmlNodeSetPtr nodes1, xmlNodeSetPtr nodes2);

/* Namespace, function and variable registrations of a context. */
XMLPUBFUN int XMLCALL xmlXPathRegisterNs(xmlXPathContextPtr ctxt, const xmlChar *prefix,
                                         const xmlChar *ns_uri);
XMLPUBFUN const xmlChar *XMLCALL xmlXPathNsLookup(xmlXPathContextPtr ctxt, const xmlChar *prefix);
XMLPUBFUN void XMLCALL xmlXPathRegisteredNsCleanup(xmlXPathContextPtr ctxt);
XMLPUBFUN int XMLCALL xmlXPathRegisterFunc(xmlXPathContextPtr ctxt, const xmlChar *name,
                                           xmlXPathFunction f);
XMLPUBFUN int XMLCALL xmlXPathRegisterFuncNS(xmlXPathContextPtr ctxt, const xmlChar *name,
                                             const xmlChar *ns_uri, xmlXPathFunction f);
XMLPUBFUN int XMLCALL xmlXPathRegisterVariable(xmlXPathContextPtr ctxt, const xmlChar *name,
                                               xmlXPathObjectPtr value);
XMLPUBFUN int XMLCALL xmlXPathRegisterVariableNS(xmlXPathContextPtr ctxt, const xmlChar *name,
                                                 const xmlChar *ns_uri, xmlXPathObjectPtr value);
XMLPUBFUN xmlXPathFunction XMLCALL
    xmlXPathFunctionLookup(xmlXPathContextPtr ctxt, const xmlChar *name);
XMLPUBFUN xmlXPathFunction XMLCALL
    xmlXPathFunctionLookupNS(xmlXPathContextPtr ctxt, const xmlChar *name, const xmlChar *ns_uri);
XMLPUBFUN void XMLCALL xmlXPathRegisteredFuncsCleanup(xmlXPathContextPtr ctxt);
XMLPUBFUN xmlXPathObjectPtr XMLCALL
    xmlXPathVariableLookup(xmlXPathContextPtr ctxt, const xmlChar *name);
XMLPUBFUN xmlXPathObjectPtr XMLCALL
    xmlXPathVariableLookupNS(xmlXPathContextPtr ctxt, const xmlChar *name, const xmlChar *ns_uri);
XMLPUBFUN void XMLCALL xmlXPathRegisteredVariablesCleanup(xmlXPathContextPtr ctxt);

/* Parser contexts and the value stack. */
XMLPUBFUN xmlXPathParserContextPtr XMLCALL
    xmlXPathNewParserContext(const xmlChar *str, xmlXPathContextPtr ctxt);
XMLPUBFUN void XMLCALL xmlXPathFreeParserContext(xmlXPathParserContextPtr ctxt);
XMLPUBFUN xmlXPathObjectPtr XMLCALL valuePop(xmlXPathParserContextPtr ctxt);
XMLPUBFUN int XMLCALL valuePush(xmlXPathParserContextPtr ctxt, xmlXPathObjectPtr value);

/* Creating values. */
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPathNewString(const xmlChar *val);
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPathNewCString(const char *val);
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPathWrapString(xmlChar *val);
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPathWrapCString(char *val);
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPathNewFloat(double val);
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPathNewBoolean(int val);
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPathNewNodeSet(xmlNodePtr val);
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPathNewValueTree(xmlNodePtr val);

/* Editing node sets. */
XMLPUBFUN int XMLCALL xmlXPathNodeSetAdd(xmlNodeSetPtr cur, xmlNodePtr val);
XMLPUBFUN int XMLCALL xmlXPathNodeSetAddUnique(xmlNodeSetPtr cur, xmlNodePtr val);
XMLPUBFUN int XMLCALL xmlXPathNodeSetAddNs(xmlNodeSetPtr cur, xmlNodePtr node, xmlNsPtr ns);
XMLPUBFUN void XMLCALL xmlXPathNodeSetSort(xmlNodeSetPtr set);

/* Pieces of the evaluator. */
XMLPUBFUN void XMLCALL xmlXPathRoot(xmlXPathParserContextPtr ctxt);
XMLPUBFUN void XMLCALL xmlXPathEvalExpr(xmlXPathParserContextPtr ctxt);
XMLPUBFUN xmlChar *XMLCALL xmlXPathParseName(xmlXPathParserContextPtr ctxt);
XMLPUBFUN xmlChar *XMLCALL xmlXPathParseNCName(xmlXPathParserContextPtr ctxt);
XMLPUBFUN double XMLCALL xmlXPathStringEvalNumber(const xmlChar *str);
XMLPUBFUN int XMLCALL xmlXPathEvaluatePredicateResult(xmlXPathParserContextPtr ctxt,
                                                      xmlXPathObjectPtr res);
XMLPUBFUN void XMLCALL xmlXPathRegisterAllFunctions(xmlXPathContextPtr ctxt);

/* More node set operations and value wrappers. */
XMLPUBFUN xmlNodeSetPtr XMLCALL xmlXPathNodeSetMerge(xmlNodeSetPtr val1, xmlNodeSetPtr val2);
XMLPUBFUN void XMLCALL xmlXPathNodeSetDel(xmlNodeSetPtr cur, xmlNodePtr val);
XMLPUBFUN void XMLCALL xmlXPathNodeSetRemove(xmlNodeSetPtr cur, int val);
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPathNewNodeSetList(xmlNodeSetPtr val);
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPathWrapNodeSet(xmlNodeSetPtr val);
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPathWrapExternal(void *val);

/* Comparison and arithmetic on the top of the stack. */
XMLPUBFUN int XMLCALL xmlXPathEqualValues(xmlXPathParserContextPtr ctxt);
XMLPUBFUN int XMLCALL xmlXPathNotEqualValues(xmlXPathParserContextPtr ctxt);
XMLPUBFUN int XMLCALL xmlXPathCompareValues(xmlXPathParserContextPtr ctxt, int inf, int strict);
XMLPUBFUN void XMLCALL xmlXPathValueFlipSign(xmlXPathParserContextPtr ctxt);
XMLPUBFUN void XMLCALL xmlXPathAddValues(xmlXPathParserContextPtr ctxt);
XMLPUBFUN void XMLCALL xmlXPathSubValues(xmlXPathParserContextPtr ctxt);
XMLPUBFUN void XMLCALL xmlXPathMultValues(xmlXPathParserContextPtr ctxt);
XMLPUBFUN void XMLCALL xmlXPathDivValues(xmlXPathParserContextPtr ctxt);
XMLPUBFUN void XMLCALL xmlXPathModValues(xmlXPathParserContextPtr ctxt);

/* Axes: the next node along each one. */
XMLPUBFUN int XMLCALL xmlXPathIsNodeType(const xmlChar *name);
XMLPUBFUN xmlNodePtr XMLCALL xmlXPathNextSelf(xmlXPathParserContextPtr ctxt, xmlNodePtr cur);
XMLPUBFUN xmlNodePtr XMLCALL xmlXPathNextChild(xmlXPathParserContextPtr ctxt, xmlNodePtr cur);
XMLPUBFUN xmlNodePtr XMLCALL xmlXPathNextDescendant(xmlXPathParserContextPtr ctxt, xmlNodePtr cur);
XMLPUBFUN xmlNodePtr XMLCALL
    xmlXPathNextDescendantOrSelf(xmlXPathParserContextPtr ctxt, xmlNodePtr cur);
XMLPUBFUN xmlNodePtr XMLCALL xmlXPathNextParent(xmlXPathParserContextPtr ctxt, xmlNodePtr cur);
XMLPUBFUN xmlNodePtr XMLCALL xmlXPathNextAncestorOrSelf(xmlXPathParserContextPtr ctxt,
                                                        xmlNodePtr cur);
XMLPUBFUN xmlNodePtr XMLCALL
    xmlXPathNextFollowingSibling(xmlXPathParserContextPtr ctxt, xmlNodePtr cur);
XMLPUBFUN xmlNodePtr XMLCALL xmlXPathNextFollowing(xmlXPathParserContextPtr ctxt, xmlNodePtr cur);
XMLPUBFUN xmlNodePtr XMLCALL xmlXPathNextNamespace(xmlXPathParserContextPtr ctxt, xmlNodePtr cur);
XMLPUBFUN xmlNodePtr XMLCALL xmlXPathNextAttribute(xmlXPathParserContextPtr ctxt, xmlNodePtr cur);
XMLPUBFUN xmlNodePtr XMLCALL xmlXPathNextPreceding(xmlXPathParserContextPtr ctxt, xmlNodePtr cur);
XMLPUBFUN xmlNodePtr XMLCALL xmlXPathNextAncestor(xmlXPathParserContextPtr ctxt, xmlNodePtr cur);
XMLPUBFUN xmlNodePtr XMLCALL
    xmlXPathNextPrecedingSibling(xmlXPathParserContextPtr ctxt, xmlNodePtr cur);

/* The core function library. */
XMLPUBFUN void XMLCALL xmlXPathLastFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathPositionFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathCountFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathIdFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathLocalNameFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathNamespaceURIFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathStringFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathStringLengthFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathConcatFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathContainsFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathStartsWithFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathSubstringFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathSubstringBeforeFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathSubstringAfterFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathNormalizeFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathTranslateFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathNotFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathTrueFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathFalseFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathLangFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathNumberFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathSumFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathFloorFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathCeilingFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathRoundFunction(xmlXPathParserContextPtr ctxt, int nargs);
XMLPUBFUN void XMLCALL xmlXPathBooleanFunction(xmlXPathParserContextPtr ctxt, int nargs);

/* Freeing namespace nodes of node sets. */
XMLPUBFUN void XMLCALL xmlXPathNodeSetFreeNs(xmlNsPtr ns);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_XPATHINTERNALS_H */
