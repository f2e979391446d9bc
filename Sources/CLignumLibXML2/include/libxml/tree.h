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
