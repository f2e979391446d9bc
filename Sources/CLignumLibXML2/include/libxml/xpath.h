/*
 * Lignum's libxml2-compatible C interface: XPath 1.0 contexts, values and extension hooks.
 */
#ifndef LIGNUM_LIBXML_XPATH_H
#define LIGNUM_LIBXML_XPATH_H

#include <libxml/xmlversion.h>
#include <libxml/xmlerror.h>
#include <libxml/tree.h>
#include <libxml/hash.h>
#include <libxml/dict.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _xmlXPathContext xmlXPathContext;
typedef xmlXPathContext *xmlXPathContextPtr;
typedef struct _xmlXPathParserContext xmlXPathParserContext;
typedef xmlXPathParserContext *xmlXPathParserContextPtr;

/* Evaluation errors; xmlParserErrors repeats them from XML_XPATH_EXPRESSION_OK (1200) on. */
typedef enum {
    XPATH_EXPRESSION_OK            = 0,
    XPATH_NUMBER_ERROR             = 1,
    XPATH_UNFINISHED_LITERAL_ERROR = 2,
    XPATH_START_LITERAL_ERROR      = 3,
    XPATH_VARIABLE_REF_ERROR       = 4,
    XPATH_UNDEF_VARIABLE_ERROR     = 5,
    XPATH_INVALID_PREDICATE_ERROR  = 6,
    XPATH_EXPR_ERROR               = 7,
    XPATH_UNCLOSED_ERROR           = 8,
    XPATH_UNKNOWN_FUNC_ERROR       = 9,
    XPATH_INVALID_OPERAND          = 10,
    XPATH_INVALID_TYPE             = 11,
    XPATH_INVALID_ARITY            = 12,
    XPATH_INVALID_CTXT_SIZE        = 13,
    XPATH_INVALID_CTXT_POSITION    = 14,
    XPATH_MEMORY_ERROR             = 15,
    XPTR_SYNTAX_ERROR              = 16,
    XPTR_RESOURCE_ERROR            = 17,
    XPTR_SUB_RESOURCE_ERROR        = 18,
    XPATH_UNDEF_PREFIX_ERROR       = 19,
    XPATH_ENCODING_ERROR           = 20,
    XPATH_INVALID_CHAR_ERROR       = 21,
    XPATH_INVALID_CTXT             = 22,
    XPATH_STACK_ERROR              = 23,
    XPATH_FORBID_VARIABLE_ERROR    = 24,
    XPATH_OP_LIMIT_EXCEEDED        = 25,
    XPATH_RECURSION_LIMIT_EXCEEDED = 26
} xmlXPathError;

/* A set of nodes, in document order once sorted. */
typedef struct _xmlNodeSet xmlNodeSet;
typedef xmlNodeSet *xmlNodeSetPtr;
struct _xmlNodeSet {
    int nodeNr;                       /* nodes in use */
    int nodeMax;                      /* room allocated */
    xmlNodePtr *nodeTab;
};

/* Type of an XPath value. */
typedef enum {
    XPATH_UNDEFINED   = 0,
    XPATH_NODESET     = 1,
    XPATH_BOOLEAN     = 2,
    XPATH_NUMBER      = 3,
    XPATH_STRING      = 4,
    XPATH_POINT       = 5,
    XPATH_RANGE       = 6,
    XPATH_LOCATIONSET = 7,
    XPATH_USERS       = 8,
    XPATH_XSLT_TREE   = 9
} xmlXPathObjectType;

/* An XPath value. Only the field matching type is meaningful. */
typedef struct _xmlXPathObject xmlXPathObject;
typedef xmlXPathObject *xmlXPathObjectPtr;
struct _xmlXPathObject {
    xmlXPathObjectType type;
    xmlNodeSetPtr nodesetval;
    int boolval;
    double floatval;
    xmlChar *stringval;
    void *user;                       /* used by XPointer points, ranges and locations */
    int index;
    void *user2;
    int index2;
};

/* Converts a value to another type. */
typedef int (*xmlXPathConvertFunc)(xmlXPathObjectPtr obj, int type);

/* A registered type. */
typedef struct _xmlXPathType xmlXPathType;
typedef xmlXPathType *xmlXPathTypePtr;
struct _xmlXPathType {
    const xmlChar *name;
    xmlXPathConvertFunc func;
};

/* A registered variable. */
typedef struct _xmlXPathVariable xmlXPathVariable;
typedef xmlXPathVariable *xmlXPathVariablePtr;
struct _xmlXPathVariable {
    const xmlChar *name;
    xmlXPathObjectPtr value;
};

/* Implements a function: pops nargs arguments from the value stack, pushes the result. */
typedef void (*xmlXPathEvalFunc)(xmlXPathParserContextPtr ctxt, int nargs);

/* A registered function. */
typedef struct _xmlXPathFunct xmlXPathFunct;
typedef xmlXPathFunct *xmlXPathFuncPtr;
struct _xmlXPathFunct {
    const xmlChar *name;
    xmlXPathEvalFunc func;
};

/* Steps along an axis: returns the node after cur. */
typedef xmlXPathObjectPtr (*xmlXPathAxisFunc)(xmlXPathParserContextPtr ctxt,
                                              xmlXPathObjectPtr cur);

/* A registered axis. */
typedef struct _xmlXPathAxis xmlXPathAxis;
typedef xmlXPathAxis *xmlXPathAxisPtr;
struct _xmlXPathAxis {
    const xmlChar *name;
    xmlXPathAxisFunc func;
};

/* An extension function, as registered and looked up. */
typedef void (*xmlXPathFunction)(xmlXPathParserContextPtr ctxt, int nargs);

/* Finds a variable or a function that is not registered in the tables. */
typedef xmlXPathObjectPtr (*xmlXPathVariableLookupFunc)(void *ctxt, const xmlChar *name,
                                                        const xmlChar *ns_uri);
typedef xmlXPathFunction (*xmlXPathFuncLookupFunc)(void *ctxt, const xmlChar *name,
                                                   const xmlChar *ns_uri);

/* Bits of the flags field of a context. */
#define XML_XPATH_CHECKNS (1 << 0)    /* check namespaces when compiling */
#define XML_XPATH_NOVAR (1 << 1)      /* refuse variable references */

/* Everything an evaluation depends on. */
struct _xmlXPathContext {
    xmlDocPtr doc;
    xmlNodePtr node;                  /* the context node */

    int nb_variables_unused;
    int max_variables_unused;
    xmlHashTablePtr varHash;          /* registered variables */

    int nb_types;
    int max_types;
    xmlXPathTypePtr types;

    int nb_funcs_unused;
    int max_funcs_unused;
    xmlHashTablePtr funcHash;         /* registered functions */

    int nb_axis;
    int max_axis;
    xmlXPathAxisPtr axis;

    xmlNsPtr *namespaces;             /* namespace declarations in scope */
    int nsNr;
    void *user;

    int contextSize;                  /* last() */
    int proximityPosition;            /* position() */

    int xptr;                         /* nonzero for XPointer */
    xmlNodePtr here;
    xmlNodePtr origin;

    xmlHashTablePtr nsHash;           /* registered prefixes */
    xmlXPathVariableLookupFunc varLookupFunc;
    void *varLookupData;

    void *extra;                      /* for XSLT */

    const xmlChar *function;          /* name and namespace of the function being called */
    const xmlChar *functionURI;

    xmlXPathFuncLookupFunc funcLookupFunc;
    void *funcLookupData;

    xmlNsPtr *tmpNsList;
    int tmpNsNr;

    void *userData;                   /* passed to error */
    xmlStructuredErrorFunc error;
    xmlError lastError;
    xmlNodePtr debugNode;

    xmlDictPtr dict;
    int flags;                        /* XML_XPATH_CHECKNS and XML_XPATH_NOVAR */

    void *cache;                      /* recycled values */
    unsigned long opLimit;            /* 0, or the most operations allowed */
    unsigned long opCount;
    int depth;
};

/* A compiled expression; private. */
typedef struct _xmlXPathCompExpr xmlXPathCompExpr;
typedef xmlXPathCompExpr *xmlXPathCompExprPtr;

/* The state of one evaluation, passed to extension functions. */
struct _xmlXPathParserContext {
    const xmlChar *cur;               /* parse position in the expression */
    const xmlChar *base;

    int error;                        /* an xmlXPathError value */

    xmlXPathContextPtr context;
    xmlXPathObjectPtr value;          /* top of the value stack */
    int valueNr;
    int valueMax;
    xmlXPathObjectPtr *valueTab;

    xmlXPathCompExprPtr comp;
    int xptr;
    xmlNodePtr ancestor;
    int valueFrame;
};

/* Not-a-number and the infinities. */
XMLPUBVAR double xmlXPathNAN;
XMLPUBVAR double xmlXPathPINF;
XMLPUBVAR double xmlXPathNINF;

/* Values and node sets: freeing, creating, copying and ordering. */
XMLPUBFUN void XMLCALL xmlXPathFreeObject(xmlXPathObjectPtr obj);
XMLPUBFUN xmlNodeSetPtr XMLCALL xmlXPathNodeSetCreate(xmlNodePtr val);
XMLPUBFUN void XMLCALL xmlXPathFreeNodeSetList(xmlXPathObjectPtr obj);
XMLPUBFUN void XMLCALL xmlXPathFreeNodeSet(xmlNodeSetPtr obj);
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPathObjectCopy(xmlXPathObjectPtr val);
XMLPUBFUN int XMLCALL xmlXPathCmpNodes(xmlNodePtr node1, xmlNodePtr node2);

/* Converting values between the XPath types. */
XMLPUBFUN int XMLCALL xmlXPathCastNumberToBoolean(double val);
XMLPUBFUN int XMLCALL xmlXPathCastStringToBoolean(const xmlChar *val);
XMLPUBFUN int XMLCALL xmlXPathCastNodeSetToBoolean(xmlNodeSetPtr ns);
XMLPUBFUN int XMLCALL xmlXPathCastToBoolean(xmlXPathObjectPtr val);
XMLPUBFUN double XMLCALL xmlXPathCastBooleanToNumber(int val);
XMLPUBFUN double XMLCALL xmlXPathCastStringToNumber(const xmlChar *val);
XMLPUBFUN double XMLCALL xmlXPathCastNodeToNumber(xmlNodePtr node);
XMLPUBFUN double XMLCALL xmlXPathCastNodeSetToNumber(xmlNodeSetPtr ns);
XMLPUBFUN double XMLCALL xmlXPathCastToNumber(xmlXPathObjectPtr val);
XMLPUBFUN xmlChar *XMLCALL xmlXPathCastBooleanToString(int val);
XMLPUBFUN xmlChar *XMLCALL xmlXPathCastNumberToString(double val);
XMLPUBFUN xmlChar *XMLCALL xmlXPathCastNodeToString(xmlNodePtr node);
XMLPUBFUN xmlChar *XMLCALL xmlXPathCastNodeSetToString(xmlNodeSetPtr ns);
XMLPUBFUN xmlChar *XMLCALL xmlXPathCastToString(xmlXPathObjectPtr val);
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPathConvertBoolean(xmlXPathObjectPtr val);
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPathConvertNumber(xmlXPathObjectPtr val);
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPathConvertString(xmlXPathObjectPtr val);

/* Evaluation contexts. */
XMLPUBFUN xmlXPathContextPtr XMLCALL xmlXPathNewContext(xmlDocPtr doc);
XMLPUBFUN void XMLCALL xmlXPathFreeContext(xmlXPathContextPtr ctxt);
XMLPUBFUN int XMLCALL xmlXPathContextSetCache(xmlXPathContextPtr ctxt, int active, int value,
                                              int options);
XMLPUBFUN long XMLCALL xmlXPathOrderDocElems(xmlDocPtr doc);
XMLPUBFUN int XMLCALL xmlXPathSetContextNode(xmlNodePtr node, xmlXPathContextPtr ctx);

/* Evaluating expressions. */
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPathNodeEval(xmlNodePtr node, const xmlChar *str,
                                                     xmlXPathContextPtr ctx);
XMLPUBFUN xmlXPathObjectPtr XMLCALL xmlXPathEval(const xmlChar *str, xmlXPathContextPtr ctx);
XMLPUBFUN xmlXPathObjectPtr XMLCALL
    xmlXPathEvalExpression(const xmlChar *str, xmlXPathContextPtr ctxt);
XMLPUBFUN int XMLCALL xmlXPathEvalPredicate(xmlXPathContextPtr ctxt, xmlXPathObjectPtr res);

/* Compiled expressions. */
XMLPUBFUN xmlXPathCompExprPtr XMLCALL xmlXPathCompile(const xmlChar *str);
XMLPUBFUN xmlXPathCompExprPtr XMLCALL
    xmlXPathCtxtCompile(xmlXPathContextPtr ctxt, const xmlChar *str);
XMLPUBFUN xmlXPathObjectPtr XMLCALL
    xmlXPathCompiledEval(xmlXPathCompExprPtr comp, xmlXPathContextPtr ctx);
XMLPUBFUN int XMLCALL xmlXPathCompiledEvalToBoolean(xmlXPathCompExprPtr comp,
                                                    xmlXPathContextPtr ctxt);
XMLPUBFUN void XMLCALL xmlXPathFreeCompExpr(xmlXPathCompExprPtr comp);

/* Initialisation and tests of special numbers. */
XMLPUBFUN void XMLCALL xmlXPathInit(void);
XMLPUBFUN int XMLCALL xmlXPathIsNaN(double val);
XMLPUBFUN int XMLCALL xmlXPathIsInf(double val);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_XPATH_H */
