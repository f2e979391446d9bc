/*
 * Lignum's libxml2-compatible C interface: the document tree. Every structure here has
 * the field order, types and layout of libxml2 2.9.14, because programs read and write
 * these fields directly.
 */
#ifndef LIGNUM_LIBXML_TREE_H
#define LIGNUM_LIBXML_TREE_H

/* Member of the core group of headers; globals.h explains the two marker macros. */
#ifndef LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_OUTER_TREE
#endif

#include <stdio.h>
#include <limits.h>
#include <libxml/xmlversion.h>
#include <libxml/xmlstring.h>
#include <libxml/xmlregexp.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Types completed in xmlIO.h, parser.h and entities.h, named here for the tree's use. */
typedef struct _xmlParserInputBuffer xmlParserInputBuffer;
typedef xmlParserInputBuffer *xmlParserInputBufferPtr;

typedef struct _xmlOutputBuffer xmlOutputBuffer;
typedef xmlOutputBuffer *xmlOutputBufferPtr;

typedef struct _xmlParserInput xmlParserInput;
typedef xmlParserInput *xmlParserInputPtr;

typedef struct _xmlParserCtxt xmlParserCtxt;
typedef xmlParserCtxt *xmlParserCtxtPtr;

typedef struct _xmlSAXLocator xmlSAXLocator;
typedef xmlSAXLocator *xmlSAXLocatorPtr;

typedef struct _xmlSAXHandler xmlSAXHandler;
typedef xmlSAXHandler *xmlSAXHandlerPtr;

typedef struct _xmlEntity xmlEntity;
typedef xmlEntity *xmlEntityPtr;

/* Default size of I/O buffers. */
#define BASE_BUFFER_SIZE 4096

/* Present since buffers became the opaque xmlBuf. */
#define LIBXML2_NEW_BUFFER

/* How a buffer grows. */
typedef enum {
    XML_BUFFER_ALLOC_DOUBLEIT  = 0,
    XML_BUFFER_ALLOC_EXACT     = 1,
    XML_BUFFER_ALLOC_IMMUTABLE = 2,
    XML_BUFFER_ALLOC_IO        = 3,
    XML_BUFFER_ALLOC_HYBRID    = 4,
    XML_BUFFER_ALLOC_BOUNDED   = 5
} xmlBufferAllocationScheme;

/* A growable byte buffer whose fields are public. */
typedef struct _xmlBuffer xmlBuffer;
typedef xmlBuffer *xmlBufferPtr;
struct _xmlBuffer {
    xmlChar *content;                 /* the bytes, zero-terminated */
    unsigned int use;                 /* bytes in use */
    unsigned int size;                /* bytes allocated */
    xmlBufferAllocationScheme alloc;
    xmlChar *contentIO;               /* start of the allocation for the IO scheme */
};

/* The buffer used inside the library; private. */
typedef struct _xmlBuf xmlBuf;
typedef xmlBuf *xmlBufPtr;

/* The namespace bound to the xml prefix, and the name of xml:id. */
#define XML_XML_NAMESPACE (const xmlChar *) "http://www.w3.org/XML/1998/namespace"
#define XML_XML_ID (const xmlChar *) "xml:id"

/* Kinds of node; the type field of every tree structure holds one. */
typedef enum {
    XML_ELEMENT_NODE       = 1,
    XML_ATTRIBUTE_NODE     = 2,
    XML_TEXT_NODE          = 3,
    XML_CDATA_SECTION_NODE = 4,
    XML_ENTITY_REF_NODE    = 5,
    XML_ENTITY_NODE        = 6,
    XML_PI_NODE            = 7,
    XML_COMMENT_NODE       = 8,
    XML_DOCUMENT_NODE      = 9,
    XML_DOCUMENT_TYPE_NODE = 10,
    XML_DOCUMENT_FRAG_NODE = 11,
    XML_NOTATION_NODE      = 12,
    XML_HTML_DOCUMENT_NODE = 13,
    XML_DTD_NODE           = 14,
    XML_ELEMENT_DECL       = 15,
    XML_ATTRIBUTE_DECL     = 16,
    XML_ENTITY_DECL        = 17,
    XML_NAMESPACE_DECL     = 18,
    XML_XINCLUDE_START     = 19,
    XML_XINCLUDE_END       = 20,
    XML_DOCB_DOCUMENT_NODE = 21
} xmlElementType;

/* A notation declared in a DTD. */
typedef struct _xmlNotation xmlNotation;
typedef xmlNotation *xmlNotationPtr;
struct _xmlNotation {
    const xmlChar *name;
    const xmlChar *PublicID;
    const xmlChar *SystemID;
};

/* Declared type of an attribute. */
typedef enum {
    XML_ATTRIBUTE_CDATA       = 1,
    XML_ATTRIBUTE_ID          = 2,
    XML_ATTRIBUTE_IDREF       = 3,
    XML_ATTRIBUTE_IDREFS      = 4,
    XML_ATTRIBUTE_ENTITY      = 5,
    XML_ATTRIBUTE_ENTITIES    = 6,
    XML_ATTRIBUTE_NMTOKEN     = 7,
    XML_ATTRIBUTE_NMTOKENS    = 8,
    XML_ATTRIBUTE_ENUMERATION = 9,
    XML_ATTRIBUTE_NOTATION    = 10
} xmlAttributeType;

/* Default declaration of an attribute. */
typedef enum {
    XML_ATTRIBUTE_NONE     = 1,
    XML_ATTRIBUTE_REQUIRED = 2,
    XML_ATTRIBUTE_IMPLIED  = 3,
    XML_ATTRIBUTE_FIXED    = 4
} xmlAttributeDefault;

/* One value of an enumerated attribute type, in a list. */
typedef struct _xmlEnumeration xmlEnumeration;
typedef xmlEnumeration *xmlEnumerationPtr;
struct _xmlEnumeration {
    struct _xmlEnumeration *next;
    const xmlChar *name;
};

/* An attribute declared in a DTD. */
typedef struct _xmlAttribute xmlAttribute;
typedef xmlAttribute *xmlAttributePtr;
struct _xmlAttribute {
    void *_private;
    xmlElementType type;              /* XML_ATTRIBUTE_DECL */
    const xmlChar *name;
    struct _xmlNode *children;        /* always NULL */
    struct _xmlNode *last;            /* always NULL */
    struct _xmlDtd *parent;
    struct _xmlNode *next;
    struct _xmlNode *prev;
    struct _xmlDoc *doc;
    struct _xmlAttribute *nexth;      /* next declaration for the same element */
    xmlAttributeType atype;
    xmlAttributeDefault def;
    const xmlChar *defaultValue;
    xmlEnumerationPtr tree;           /* allowed values of an enumerated type */
    const xmlChar *prefix;
    const xmlChar *elem;              /* the element it belongs to */
};

/* Kind of a node in an element content model. */
typedef enum {
    XML_ELEMENT_CONTENT_PCDATA  = 1,
    XML_ELEMENT_CONTENT_ELEMENT = 2,
    XML_ELEMENT_CONTENT_SEQ     = 3,
    XML_ELEMENT_CONTENT_OR      = 4
} xmlElementContentType;

/* Repetition of a node in an element content model. */
typedef enum {
    XML_ELEMENT_CONTENT_ONCE = 1,
    XML_ELEMENT_CONTENT_OPT  = 2,
    XML_ELEMENT_CONTENT_MULT = 3,
    XML_ELEMENT_CONTENT_PLUS = 4
} xmlElementContentOccur;

/* A node of an element content model tree. */
typedef struct _xmlElementContent xmlElementContent;
typedef xmlElementContent *xmlElementContentPtr;
struct _xmlElementContent {
    xmlElementContentType type;
    xmlElementContentOccur ocur;
    const xmlChar *name;
    struct _xmlElementContent *c1;    /* first operand */
    struct _xmlElementContent *c2;    /* second operand */
    struct _xmlElementContent *parent;
    const xmlChar *prefix;
};

/* Content category of a declared element. */
typedef enum {
    XML_ELEMENT_TYPE_UNDEFINED = 0,
    XML_ELEMENT_TYPE_EMPTY     = 1,
    XML_ELEMENT_TYPE_ANY       = 2,
    XML_ELEMENT_TYPE_MIXED     = 3,
    XML_ELEMENT_TYPE_ELEMENT   = 4
} xmlElementTypeVal;

/* An element declared in a DTD. */
typedef struct _xmlElement xmlElement;
typedef xmlElement *xmlElementPtr;
struct _xmlElement {
    void *_private;
    xmlElementType type;              /* XML_ELEMENT_DECL */
    const xmlChar *name;
    struct _xmlNode *children;        /* always NULL */
    struct _xmlNode *last;            /* always NULL */
    struct _xmlDtd *parent;
    struct _xmlNode *next;
    struct _xmlNode *prev;
    struct _xmlDoc *doc;
    xmlElementTypeVal etype;
    xmlElementContentPtr content;
    xmlAttributePtr attributes;       /* its declared attributes */
    const xmlChar *prefix;
    xmlRegexpPtr contModel;           /* the content model, compiled */
};

/* Namespace declarations are tagged with this node kind. */
#define XML_LOCAL_NAMESPACE XML_NAMESPACE_DECL
typedef xmlElementType xmlNsType;

/* A namespace: a URI and the prefix bound to it. */
typedef struct _xmlNs xmlNs;
typedef xmlNs *xmlNsPtr;
struct _xmlNs {
    struct _xmlNs *next;
    xmlNsType type;
    const xmlChar *href;              /* the namespace URI */
    const xmlChar *prefix;            /* NULL for the default namespace */
    void *_private;
    struct _xmlDoc *context;          /* the document it belongs to */
};

/* A document type definition: internal or external subset. */
typedef struct _xmlDtd xmlDtd;
typedef xmlDtd *xmlDtdPtr;
struct _xmlDtd {
    void *_private;
    xmlElementType type;              /* XML_DTD_NODE */
    const xmlChar *name;
    struct _xmlNode *children;        /* declarations, in document order */
    struct _xmlNode *last;
    struct _xmlDoc *parent;
    struct _xmlNode *next;
    struct _xmlNode *prev;
    struct _xmlDoc *doc;
    void *notations;                  /* hash tables of the declarations */
    void *elements;
    void *attributes;
    void *entities;
    const xmlChar *ExternalID;
    const xmlChar *SystemID;
    void *pentities;                  /* parameter entities */
};

/* An attribute of an element. */
typedef struct _xmlAttr xmlAttr;
typedef xmlAttr *xmlAttrPtr;
struct _xmlAttr {
    void *_private;
    xmlElementType type;              /* XML_ATTRIBUTE_NODE */
    const xmlChar *name;
    struct _xmlNode *children;        /* the value, as text and entity-reference nodes */
    struct _xmlNode *last;
    struct _xmlNode *parent;          /* the owning element */
    struct _xmlAttr *next;
    struct _xmlAttr *prev;
    struct _xmlDoc *doc;
    xmlNs *ns;
    xmlAttributeType atype;           /* set when the attribute is an ID */
    void *psvi;                       /* for type and validation information */
};

/* An ID attribute registered with its document. */
typedef struct _xmlID xmlID;
typedef xmlID *xmlIDPtr;
struct _xmlID {
    struct _xmlID *next;
    const xmlChar *value;
    xmlAttrPtr attr;
    const xmlChar *name;              /* used when attr is not kept */
    int lineno;
    struct _xmlDoc *doc;
};

/* An IDREF attribute registered with its document. */
typedef struct _xmlRef xmlRef;
typedef xmlRef *xmlRefPtr;
struct _xmlRef {
    struct _xmlRef *next;
    const xmlChar *value;
    xmlAttrPtr attr;
    const xmlChar *name;
    int lineno;
};

/* A node of the tree: element, text, comment, processing instruction and so on. */
typedef struct _xmlNode xmlNode;
typedef xmlNode *xmlNodePtr;
struct _xmlNode {
    void *_private;
    xmlElementType type;
    const xmlChar *name;
    struct _xmlNode *children;
    struct _xmlNode *last;
    struct _xmlNode *parent;
    struct _xmlNode *next;
    struct _xmlNode *prev;
    struct _xmlDoc *doc;
    xmlNs *ns;                        /* the element's namespace */
    xmlChar *content;                 /* text of character-data nodes */
    struct _xmlAttr *properties;      /* attributes of an element */
    xmlNs *nsDef;                     /* namespaces declared on an element */
    void *psvi;
    unsigned short line;
    unsigned short extra;             /* spare bits for XPath and others */
};

/* Older names of the children field. */
#define xmlChildrenNode children
#define xmlRootNode children

/* Bits of the properties field of a document. */
typedef enum {
    XML_DOC_WELLFORMED = 1,
    XML_DOC_NSVALID    = 2,
    XML_DOC_OLD10      = 4,
    XML_DOC_DTDVALID   = 8,
    XML_DOC_XINCLUDE   = 16,
    XML_DOC_USERBUILT  = 32,
    XML_DOC_INTERNAL   = 64,
    XML_DOC_HTML       = 128
} xmlDocProperties;

/* A document. Its first fields line up with those of xmlNode. */
typedef struct _xmlDoc xmlDoc;
typedef xmlDoc *xmlDocPtr;
struct _xmlDoc {
    void *_private;
    xmlElementType type;              /* XML_DOCUMENT_NODE or XML_HTML_DOCUMENT_NODE */
    char *name;
    struct _xmlNode *children;
    struct _xmlNode *last;
    struct _xmlNode *parent;
    struct _xmlNode *next;
    struct _xmlNode *prev;
    struct _xmlDoc *doc;              /* itself */
    int compression;                  /* zlib level when saved */
    int standalone;                   /* 1, 0, -1 (absent) or -2 (no XML declaration) */
    struct _xmlDtd *intSubset;
    struct _xmlDtd *extSubset;
    struct _xmlNs *oldNs;             /* holds the xml namespace */
    const xmlChar *version;
    const xmlChar *encoding;
    void *ids;                        /* hash table of xmlID */
    void *refs;                       /* hash table of lists of xmlRef */
    const xmlChar *URL;
    int charset;                      /* an xmlCharEncoding value */
    struct _xmlDict *dict;
    void *psvi;
    int parseFlags;                   /* the xmlParserOption flags it was parsed with */
    int properties;                   /* xmlDocProperties bits */
};

/* State for moving subtrees between documents while fixing namespaces. */
typedef struct _xmlDOMWrapCtxt xmlDOMWrapCtxt;
typedef xmlDOMWrapCtxt *xmlDOMWrapCtxtPtr;

/* Finds or creates the namespace a moved node needs. */
typedef xmlNsPtr (*xmlDOMWrapAcquireNsFunction)(xmlDOMWrapCtxtPtr ctxt, xmlNodePtr node,
                                                const xmlChar *nsName, const xmlChar *nsPrefix);

struct _xmlDOMWrapCtxt {
    void *_private;
    int type;
    void *namespaceMap;
    xmlDOMWrapAcquireNsFunction getNsForNodeFunc;
};

#ifdef __cplusplus
}
#endif

#ifdef LIGNUM_LIBXML_CORE_OUTER_TREE
#undef LIGNUM_LIBXML_CORE_OUTER_TREE
#undef LIGNUM_LIBXML_CORE_BUSY
#include <libxml/globals.h>
#endif

#endif /* LIGNUM_LIBXML_TREE_H */

/*
 * The functions of this header, declared once every type of the core group is defined
 * (globals.h explains when).
 */
#if !defined(LIGNUM_LIBXML_CORE_BUSY) && !defined(LIGNUM_LIBXML_TREE_FUNCTIONS)
#define LIGNUM_LIBXML_TREE_FUNCTIONS

#ifdef __cplusplus
extern "C" {
#endif

/* Reading and trimming the opaque buffers. */
XMLPUBFUN xmlChar *XMLCALL xmlBufContent(const xmlBuf *buf);
XMLPUBFUN xmlChar *XMLCALL xmlBufEnd(xmlBufPtr buf);
XMLPUBFUN size_t XMLCALL xmlBufUse(const xmlBufPtr buf);
XMLPUBFUN size_t XMLCALL xmlBufShrink(xmlBufPtr buf, size_t len);

/* Checking and splitting names. */
XMLPUBFUN int XMLCALL xmlValidateNCName(const xmlChar *value, int space);
XMLPUBFUN int XMLCALL xmlValidateQName(const xmlChar *value, int space);
XMLPUBFUN int XMLCALL xmlValidateName(const xmlChar *value, int space);
XMLPUBFUN int XMLCALL xmlValidateNMToken(const xmlChar *value, int space);
XMLPUBFUN xmlChar *XMLCALL xmlBuildQName(const xmlChar *ncname, const xmlChar *prefix,
                                         xmlChar *memory, int len);
XMLPUBFUN xmlChar *XMLCALL xmlSplitQName2(const xmlChar *name, xmlChar **prefix);
XMLPUBFUN const xmlChar *XMLCALL xmlSplitQName3(const xmlChar *name, int *len);

/* Growable buffers. */
XMLPUBFUN void XMLCALL xmlSetBufferAllocationScheme(xmlBufferAllocationScheme scheme);
XMLPUBFUN xmlBufferAllocationScheme XMLCALL xmlGetBufferAllocationScheme(void);
XMLPUBFUN xmlBufferPtr XMLCALL xmlBufferCreate(void);
XMLPUBFUN xmlBufferPtr XMLCALL xmlBufferCreateSize(size_t size);
XMLPUBFUN xmlBufferPtr XMLCALL xmlBufferCreateStatic(void *mem, size_t size);
XMLPUBFUN int XMLCALL xmlBufferResize(xmlBufferPtr buf, unsigned int size);
XMLPUBFUN void XMLCALL xmlBufferFree(xmlBufferPtr buf);
XMLPUBFUN int XMLCALL xmlBufferDump(FILE *file, xmlBufferPtr buf);
XMLPUBFUN int XMLCALL xmlBufferAdd(xmlBufferPtr buf, const xmlChar *str, int len);
XMLPUBFUN int XMLCALL xmlBufferAddHead(xmlBufferPtr buf, const xmlChar *str, int len);
XMLPUBFUN int XMLCALL xmlBufferCat(xmlBufferPtr buf, const xmlChar *str);
XMLPUBFUN int XMLCALL xmlBufferCCat(xmlBufferPtr buf, const char *str);
XMLPUBFUN int XMLCALL xmlBufferShrink(xmlBufferPtr buf, unsigned int len);
XMLPUBFUN int XMLCALL xmlBufferGrow(xmlBufferPtr buf, unsigned int len);
XMLPUBFUN void XMLCALL xmlBufferEmpty(xmlBufferPtr buf);
XMLPUBFUN const xmlChar *XMLCALL xmlBufferContent(const xmlBuffer *buf);
XMLPUBFUN xmlChar *XMLCALL xmlBufferDetach(xmlBufferPtr buf);
XMLPUBFUN void XMLCALL xmlBufferSetAllocationScheme(xmlBufferPtr buf,
                                                    xmlBufferAllocationScheme scheme);
XMLPUBFUN int XMLCALL xmlBufferLength(const xmlBuffer *buf);

/* DTD nodes. */
XMLPUBFUN xmlDtdPtr XMLCALL xmlCreateIntSubset(xmlDocPtr doc, const xmlChar *name,
                                               const xmlChar *ExternalID, const xmlChar *SystemID);
XMLPUBFUN xmlDtdPtr XMLCALL xmlNewDtd(xmlDocPtr doc, const xmlChar *name, const xmlChar *ExternalID,
                                      const xmlChar *SystemID);
XMLPUBFUN xmlDtdPtr XMLCALL xmlGetIntSubset(const xmlDoc *doc);
XMLPUBFUN void XMLCALL xmlFreeDtd(xmlDtdPtr cur);

/* Namespaces. */
XMLPUBFUN xmlNsPtr XMLCALL xmlNewGlobalNs(xmlDocPtr doc, const xmlChar *href,
                                          const xmlChar *prefix);
XMLPUBFUN xmlNsPtr XMLCALL xmlNewNs(xmlNodePtr node, const xmlChar *href, const xmlChar *prefix);
XMLPUBFUN void XMLCALL xmlFreeNs(xmlNsPtr cur);
XMLPUBFUN void XMLCALL xmlFreeNsList(xmlNsPtr cur);

/* Documents and attributes: creating, copying and freeing. */
XMLPUBFUN xmlDocPtr XMLCALL xmlNewDoc(const xmlChar *version);
XMLPUBFUN void XMLCALL xmlFreeDoc(xmlDocPtr cur);
XMLPUBFUN xmlAttrPtr XMLCALL xmlNewDocProp(xmlDocPtr doc, const xmlChar *name,
                                           const xmlChar *value);
XMLPUBFUN xmlAttrPtr XMLCALL xmlNewProp(xmlNodePtr node, const xmlChar *name, const xmlChar *value);
XMLPUBFUN xmlAttrPtr XMLCALL xmlNewNsProp(xmlNodePtr node, xmlNsPtr ns, const xmlChar *name,
                                          const xmlChar *value);
XMLPUBFUN xmlAttrPtr XMLCALL xmlNewNsPropEatName(xmlNodePtr node, xmlNsPtr ns, xmlChar *name,
                                                 const xmlChar *value);
XMLPUBFUN void XMLCALL xmlFreePropList(xmlAttrPtr cur);
XMLPUBFUN void XMLCALL xmlFreeProp(xmlAttrPtr cur);
XMLPUBFUN xmlAttrPtr XMLCALL xmlCopyProp(xmlNodePtr target, xmlAttrPtr cur);
XMLPUBFUN xmlAttrPtr XMLCALL xmlCopyPropList(xmlNodePtr target, xmlAttrPtr cur);

/* Copying DTDs and documents. */
XMLPUBFUN xmlDtdPtr XMLCALL xmlCopyDtd(xmlDtdPtr dtd);
XMLPUBFUN xmlDocPtr XMLCALL xmlCopyDoc(xmlDocPtr doc, int recursive);

/* Creating nodes of each kind. */
XMLPUBFUN xmlNodePtr XMLCALL xmlNewDocNode(xmlDocPtr doc, xmlNsPtr ns, const xmlChar *name,
                                           const xmlChar *content);
XMLPUBFUN xmlNodePtr XMLCALL xmlNewDocNodeEatName(xmlDocPtr doc, xmlNsPtr ns, xmlChar *name,
                                                  const xmlChar *content);
XMLPUBFUN xmlNodePtr XMLCALL xmlNewNode(xmlNsPtr ns, const xmlChar *name);
XMLPUBFUN xmlNodePtr XMLCALL xmlNewNodeEatName(xmlNsPtr ns, xmlChar *name);
XMLPUBFUN xmlNodePtr XMLCALL xmlNewChild(xmlNodePtr parent, xmlNsPtr ns, const xmlChar *name,
                                         const xmlChar *content);
XMLPUBFUN xmlNodePtr XMLCALL xmlNewDocText(const xmlDoc *doc, const xmlChar *content);
XMLPUBFUN xmlNodePtr XMLCALL xmlNewText(const xmlChar *content);
XMLPUBFUN xmlNodePtr XMLCALL xmlNewDocPI(xmlDocPtr doc, const xmlChar *name,
                                         const xmlChar *content);
XMLPUBFUN xmlNodePtr XMLCALL xmlNewPI(const xmlChar *name, const xmlChar *content);
XMLPUBFUN xmlNodePtr XMLCALL xmlNewDocTextLen(xmlDocPtr doc, const xmlChar *content, int len);
XMLPUBFUN xmlNodePtr XMLCALL xmlNewTextLen(const xmlChar *content, int len);
XMLPUBFUN xmlNodePtr XMLCALL xmlNewDocComment(xmlDocPtr doc, const xmlChar *content);
XMLPUBFUN xmlNodePtr XMLCALL xmlNewComment(const xmlChar *content);
XMLPUBFUN xmlNodePtr XMLCALL xmlNewCDataBlock(xmlDocPtr doc, const xmlChar *content, int len);
XMLPUBFUN xmlNodePtr XMLCALL xmlNewCharRef(xmlDocPtr doc, const xmlChar *name);
XMLPUBFUN xmlNodePtr XMLCALL xmlNewReference(const xmlDoc *doc, const xmlChar *name);

/* Copying nodes and lists of nodes. */
XMLPUBFUN xmlNodePtr XMLCALL xmlCopyNode(xmlNodePtr node, int recursive);
XMLPUBFUN xmlNodePtr XMLCALL xmlDocCopyNode(xmlNodePtr node, xmlDocPtr doc, int recursive);
XMLPUBFUN xmlNodePtr XMLCALL xmlDocCopyNodeList(xmlDocPtr doc, xmlNodePtr node);
XMLPUBFUN xmlNodePtr XMLCALL xmlCopyNodeList(xmlNodePtr node);

/* More node constructors. */
XMLPUBFUN xmlNodePtr XMLCALL xmlNewTextChild(xmlNodePtr parent, xmlNsPtr ns, const xmlChar *name,
                                             const xmlChar *content);
XMLPUBFUN xmlNodePtr XMLCALL xmlNewDocRawNode(xmlDocPtr doc, xmlNsPtr ns, const xmlChar *name,
                                              const xmlChar *content);
XMLPUBFUN xmlNodePtr XMLCALL xmlNewDocFragment(xmlDocPtr doc);

/* Navigating and inspecting nodes. */
XMLPUBFUN long XMLCALL xmlGetLineNo(const xmlNode *node);
XMLPUBFUN xmlChar *XMLCALL xmlGetNodePath(const xmlNode *node);
XMLPUBFUN xmlNodePtr XMLCALL xmlDocGetRootElement(const xmlDoc *doc);
XMLPUBFUN xmlNodePtr XMLCALL xmlGetLastChild(const xmlNode *parent);
XMLPUBFUN int XMLCALL xmlNodeIsText(const xmlNode *node);
XMLPUBFUN int XMLCALL xmlIsBlankNode(const xmlNode *node);

/* Changing the tree: naming, adding, replacing, unlinking, merging, freeing. */
XMLPUBFUN xmlNodePtr XMLCALL xmlDocSetRootElement(xmlDocPtr doc, xmlNodePtr root);
XMLPUBFUN void XMLCALL xmlNodeSetName(xmlNodePtr cur, const xmlChar *name);
XMLPUBFUN xmlNodePtr XMLCALL xmlAddChild(xmlNodePtr parent, xmlNodePtr cur);
XMLPUBFUN xmlNodePtr XMLCALL xmlAddChildList(xmlNodePtr parent, xmlNodePtr cur);
XMLPUBFUN xmlNodePtr XMLCALL xmlReplaceNode(xmlNodePtr old, xmlNodePtr cur);
XMLPUBFUN xmlNodePtr XMLCALL xmlAddPrevSibling(xmlNodePtr cur, xmlNodePtr elem);
XMLPUBFUN xmlNodePtr XMLCALL xmlAddSibling(xmlNodePtr cur, xmlNodePtr elem);
XMLPUBFUN xmlNodePtr XMLCALL xmlAddNextSibling(xmlNodePtr cur, xmlNodePtr elem);
XMLPUBFUN void XMLCALL xmlUnlinkNode(xmlNodePtr cur);
XMLPUBFUN xmlNodePtr XMLCALL xmlTextMerge(xmlNodePtr first, xmlNodePtr second);
XMLPUBFUN int XMLCALL xmlTextConcat(xmlNodePtr node, const xmlChar *content, int len);
XMLPUBFUN void XMLCALL xmlFreeNodeList(xmlNodePtr cur);
XMLPUBFUN void XMLCALL xmlFreeNode(xmlNodePtr cur);

/* Moving subtrees between documents. */
XMLPUBFUN void XMLCALL xmlSetTreeDoc(xmlNodePtr tree, xmlDocPtr doc);
XMLPUBFUN void XMLCALL xmlSetListDoc(xmlNodePtr list, xmlDocPtr doc);

/* Looking up and copying namespaces. */
XMLPUBFUN xmlNsPtr XMLCALL xmlSearchNs(xmlDocPtr doc, xmlNodePtr node, const xmlChar *nameSpace);
XMLPUBFUN xmlNsPtr XMLCALL xmlSearchNsByHref(xmlDocPtr doc, xmlNodePtr node, const xmlChar *href);
XMLPUBFUN xmlNsPtr *XMLCALL xmlGetNsList(const xmlDoc *doc, const xmlNode *node);
XMLPUBFUN void XMLCALL xmlSetNs(xmlNodePtr node, xmlNsPtr ns);
XMLPUBFUN xmlNsPtr XMLCALL xmlCopyNamespace(xmlNsPtr cur);
XMLPUBFUN xmlNsPtr XMLCALL xmlCopyNamespaceList(xmlNsPtr cur);

/* Attributes: setting, reading, removing. */
XMLPUBFUN xmlAttrPtr XMLCALL xmlSetProp(xmlNodePtr node, const xmlChar *name, const xmlChar *value);
XMLPUBFUN xmlAttrPtr XMLCALL xmlSetNsProp(xmlNodePtr node, xmlNsPtr ns, const xmlChar *name,
                                          const xmlChar *value);
XMLPUBFUN xmlChar *XMLCALL xmlGetNoNsProp(const xmlNode *node, const xmlChar *name);
XMLPUBFUN xmlChar *XMLCALL xmlGetProp(const xmlNode *node, const xmlChar *name);
XMLPUBFUN xmlAttrPtr XMLCALL xmlHasProp(const xmlNode *node, const xmlChar *name);
XMLPUBFUN xmlAttrPtr XMLCALL xmlHasNsProp(const xmlNode *node, const xmlChar *name,
                                          const xmlChar *nameSpace);
XMLPUBFUN xmlChar *XMLCALL xmlGetNsProp(const xmlNode *node, const xmlChar *name,
                                        const xmlChar *nameSpace);

/* Text content of nodes, and its conversion to and from node lists. */
XMLPUBFUN xmlNodePtr XMLCALL xmlStringGetNodeList(const xmlDoc *doc, const xmlChar *value);
XMLPUBFUN xmlNodePtr XMLCALL xmlStringLenGetNodeList(const xmlDoc *doc, const xmlChar *value,
                                                     int len);
XMLPUBFUN xmlChar *XMLCALL xmlNodeListGetString(xmlDocPtr doc, const xmlNode *list, int inLine);
XMLPUBFUN xmlChar *XMLCALL xmlNodeListGetRawString(const xmlDoc *doc, const xmlNode *list,
                                                   int inLine);
XMLPUBFUN void XMLCALL xmlNodeSetContent(xmlNodePtr cur, const xmlChar *content);
XMLPUBFUN void XMLCALL xmlNodeSetContentLen(xmlNodePtr cur, const xmlChar *content, int len);
XMLPUBFUN void XMLCALL xmlNodeAddContent(xmlNodePtr cur, const xmlChar *content);
XMLPUBFUN void XMLCALL xmlNodeAddContentLen(xmlNodePtr cur, const xmlChar *content, int len);
XMLPUBFUN xmlChar *XMLCALL xmlNodeGetContent(const xmlNode *cur);
XMLPUBFUN int XMLCALL xmlNodeBufGetContent(xmlBufferPtr buffer, const xmlNode *cur);
XMLPUBFUN int XMLCALL xmlBufGetNodeContent(xmlBufPtr buf, const xmlNode *cur);

/* Inherited xml:lang, xml:space and xml:base. */
XMLPUBFUN xmlChar *XMLCALL xmlNodeGetLang(const xmlNode *cur);
XMLPUBFUN int XMLCALL xmlNodeGetSpacePreserve(const xmlNode *cur);
XMLPUBFUN void XMLCALL xmlNodeSetLang(xmlNodePtr cur, const xmlChar *lang);
XMLPUBFUN void XMLCALL xmlNodeSetSpacePreserve(xmlNodePtr cur, int val);
XMLPUBFUN xmlChar *XMLCALL xmlNodeGetBase(const xmlDoc *doc, const xmlNode *cur);
XMLPUBFUN void XMLCALL xmlNodeSetBase(xmlNodePtr cur, const xmlChar *uri);

/* Removing attributes. */
XMLPUBFUN int XMLCALL xmlRemoveProp(xmlAttrPtr cur);
XMLPUBFUN int XMLCALL xmlUnsetNsProp(xmlNodePtr node, xmlNsPtr ns, const xmlChar *name);
XMLPUBFUN int XMLCALL xmlUnsetProp(xmlNodePtr node, const xmlChar *name);

/* Writing escaped and quoted text to buffers. */
XMLPUBFUN void XMLCALL xmlBufferWriteCHAR(xmlBufferPtr buf, const xmlChar *string);
XMLPUBFUN void XMLCALL xmlBufferWriteChar(xmlBufferPtr buf, const char *string);
XMLPUBFUN void XMLCALL xmlBufferWriteQuotedString(xmlBufferPtr buf, const xmlChar *string);
XMLPUBFUN void XMLCALL xmlAttrSerializeTxtContent(xmlBufferPtr buf, xmlDocPtr doc, xmlAttrPtr attr,
                                                  const xmlChar *string);

/* Fixing namespace declarations after a subtree moved. */
XMLPUBFUN int XMLCALL xmlReconciliateNs(xmlDocPtr doc, xmlNodePtr tree);

/* Serializing documents and nodes. */
XMLPUBFUN void XMLCALL xmlDocDumpFormatMemory(xmlDocPtr cur, xmlChar **mem, int *size, int format);
XMLPUBFUN void XMLCALL xmlDocDumpMemory(xmlDocPtr cur, xmlChar **mem, int *size);
XMLPUBFUN void XMLCALL xmlDocDumpMemoryEnc(xmlDocPtr out_doc, xmlChar **doc_txt_ptr,
                                           int *doc_txt_len, const char *txt_encoding);
XMLPUBFUN void XMLCALL xmlDocDumpFormatMemoryEnc(xmlDocPtr out_doc, xmlChar **doc_txt_ptr,
                                                 int *doc_txt_len, const char *txt_encoding,
                                                 int format);
XMLPUBFUN int XMLCALL xmlDocFormatDump(FILE *f, xmlDocPtr cur, int format);
XMLPUBFUN int XMLCALL xmlDocDump(FILE *f, xmlDocPtr cur);
XMLPUBFUN void XMLCALL xmlElemDump(FILE *f, xmlDocPtr doc, xmlNodePtr cur);
XMLPUBFUN int XMLCALL xmlSaveFile(const char *filename, xmlDocPtr cur);
XMLPUBFUN int XMLCALL xmlSaveFormatFile(const char *filename, xmlDocPtr cur, int format);
XMLPUBFUN size_t XMLCALL xmlBufNodeDump(xmlBufPtr buf, xmlDocPtr doc, xmlNodePtr cur, int level,
                                        int format);
XMLPUBFUN int XMLCALL xmlNodeDump(xmlBufferPtr buf, xmlDocPtr doc, xmlNodePtr cur, int level,
                                  int format);
XMLPUBFUN int XMLCALL xmlSaveFileTo(xmlOutputBufferPtr buf, xmlDocPtr cur, const char *encoding);
XMLPUBFUN int XMLCALL xmlSaveFormatFileTo(xmlOutputBufferPtr buf, xmlDocPtr cur,
                                          const char *encoding, int format);
XMLPUBFUN void XMLCALL xmlNodeDumpOutput(xmlOutputBufferPtr buf, xmlDocPtr doc, xmlNodePtr cur,
                                         int level, int format, const char *encoding);
XMLPUBFUN int XMLCALL xmlSaveFormatFileEnc(const char *filename, xmlDocPtr cur,
                                           const char *encoding, int format);
XMLPUBFUN int XMLCALL xmlSaveFileEnc(const char *filename, xmlDocPtr cur, const char *encoding);

/* XHTML detection and the compression level of saved files. */
XMLPUBFUN int XMLCALL xmlIsXHTML(const xmlChar *systemID, const xmlChar *publicID);
XMLPUBFUN int XMLCALL xmlGetDocCompressMode(const xmlDoc *doc);
XMLPUBFUN void XMLCALL xmlSetDocCompressMode(xmlDocPtr doc, int mode);
XMLPUBFUN int XMLCALL xmlGetCompressMode(void);
XMLPUBFUN void XMLCALL xmlSetCompressMode(int mode);

/* Moving and copying subtrees between documents with namespace fix-up. */
XMLPUBFUN xmlDOMWrapCtxtPtr XMLCALL xmlDOMWrapNewCtxt(void);
XMLPUBFUN void XMLCALL xmlDOMWrapFreeCtxt(xmlDOMWrapCtxtPtr ctxt);
XMLPUBFUN int XMLCALL xmlDOMWrapReconcileNamespaces(xmlDOMWrapCtxtPtr ctxt, xmlNodePtr elem,
                                                    int options);
XMLPUBFUN int XMLCALL xmlDOMWrapAdoptNode(xmlDOMWrapCtxtPtr ctxt, xmlDocPtr sourceDoc,
                                          xmlNodePtr node, xmlDocPtr destDoc, xmlNodePtr destParent,
                                          int options);
XMLPUBFUN int XMLCALL xmlDOMWrapRemoveNode(xmlDOMWrapCtxtPtr ctxt, xmlDocPtr doc, xmlNodePtr node,
                                           int options);
XMLPUBFUN int XMLCALL xmlDOMWrapCloneNode(xmlDOMWrapCtxtPtr ctxt, xmlDocPtr sourceDoc,
                                          xmlNodePtr node, xmlNodePtr *clonedNode,
                                          xmlDocPtr destDoc, xmlNodePtr destParent, int deep,
                                          int options);

/* Element-only navigation. */
XMLPUBFUN unsigned long XMLCALL xmlChildElementCount(xmlNodePtr parent);
XMLPUBFUN xmlNodePtr XMLCALL xmlNextElementSibling(xmlNodePtr node);
XMLPUBFUN xmlNodePtr XMLCALL xmlFirstElementChild(xmlNodePtr parent);
XMLPUBFUN xmlNodePtr XMLCALL xmlLastElementChild(xmlNodePtr parent);
XMLPUBFUN xmlNodePtr XMLCALL xmlPreviousElementSibling(xmlNodePtr node);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_TREE_FUNCTIONS */
