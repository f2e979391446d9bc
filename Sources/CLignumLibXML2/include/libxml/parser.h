/*
 * Lignum's libxml2-compatible C interface: the parser context, its inputs, and the SAX
 * handler through which the parser reports what it reads.
 */
#ifndef LIGNUM_LIBXML_PARSER_H
#define LIGNUM_LIBXML_PARSER_H

/* Member of the core group of headers; globals.h explains the two marker macros. */
#ifndef LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_OUTER_PARSER
#endif

#include <stdarg.h>
#include <libxml/xmlversion.h>
#include <libxml/tree.h>
#include <libxml/dict.h>
#include <libxml/hash.h>
#include <libxml/valid.h>
#include <libxml/entities.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlstring.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The XML version written when a document does not name one. */
#define XML_DEFAULT_VERSION "1.0"

/* Frees the text of an input when the input is released. */
typedef void (*xmlParserInputDeallocate)(xmlChar *str);

/* One entity or document being read by the parser. */
struct _xmlParserInput {
    xmlParserInputBufferPtr buf;      /* where the bytes come from */
    const char *filename;
    const char *directory;            /* base directory for relative references */
    const xmlChar *base;              /* start of the text in memory */
    const xmlChar *cur;               /* next character to read */
    const xmlChar *end;               /* end of the text in memory */
    int length;
    int line;                         /* position of cur */
    int col;
    unsigned long consumed;           /* bytes already discarded before base */
    xmlParserInputDeallocate free;    /* releases base, when set */
    const xmlChar *encoding;
    const xmlChar *version;
    int standalone;
    int id;                           /* number distinguishing inputs of one context */
};

/* Where in the input a node started and ended (record_info option). */
typedef struct _xmlParserNodeInfo xmlParserNodeInfo;
typedef xmlParserNodeInfo *xmlParserNodeInfoPtr;
struct _xmlParserNodeInfo {
    const struct _xmlNode *node;
    unsigned long begin_pos;
    unsigned long begin_line;
    unsigned long end_pos;
    unsigned long end_line;
};

/* A growable array of xmlParserNodeInfo, sorted by node. */
typedef struct _xmlParserNodeInfoSeq xmlParserNodeInfoSeq;
typedef xmlParserNodeInfoSeq *xmlParserNodeInfoSeqPtr;
struct _xmlParserNodeInfoSeq {
    unsigned long maximum;
    unsigned long length;
    xmlParserNodeInfo *buffer;
};

/* What the push parser expects to read next. */
typedef enum {
    XML_PARSER_EOF             = -1,
    XML_PARSER_START           = 0,
    XML_PARSER_MISC            = 1,
    XML_PARSER_PI              = 2,
    XML_PARSER_DTD             = 3,
    XML_PARSER_PROLOG          = 4,
    XML_PARSER_COMMENT         = 5,
    XML_PARSER_START_TAG       = 6,
    XML_PARSER_CONTENT         = 7,
    XML_PARSER_CDATA_SECTION   = 8,
    XML_PARSER_END_TAG         = 9,
    XML_PARSER_ENTITY_DECL     = 10,
    XML_PARSER_ENTITY_VALUE    = 11,
    XML_PARSER_ATTRIBUTE_VALUE = 12,
    XML_PARSER_SYSTEM_LITERAL  = 13,
    XML_PARSER_EPILOG          = 14,
    XML_PARSER_IGNORE          = 15,
    XML_PARSER_PUBLIC_LITERAL  = 16
} xmlParserInputState;

/* Values of the loadsubset field and the xmlLoadExtDtdDefaultValue setting. */
#define XML_DETECT_IDS 2
#define XML_COMPLETE_ATTRS 4
#define XML_SKIP_IDS 8

/* How the parser was started. */
typedef enum {
    XML_PARSE_UNKNOWN  = 0,
    XML_PARSE_DOM      = 1,
    XML_PARSE_SAX      = 2,
    XML_PARSE_PUSH_DOM = 3,
    XML_PARSE_PUSH_SAX = 4,
    XML_PARSE_READER   = 5
} xmlParserMode;

/* An entry of the push parser's stack of open tags; private. */
typedef struct _xmlStartTag xmlStartTag;

/* All the state of one parse. */
struct _xmlParserCtxt {
    struct _xmlSAXHandler *sax;       /* the callbacks */
    void *userData;                   /* passed to the callbacks; the context itself by default */
    xmlDocPtr myDoc;                  /* the document being built */
    int wellFormed;
    int replaceEntities;              /* substitute entity references */
    const xmlChar *version;
    const xmlChar *encoding;
    int standalone;
    int html;                         /* nonzero for the HTML parser */

    xmlParserInputPtr input;          /* the input being read, and the stack of inputs */
    int inputNr;
    int inputMax;
    xmlParserInputPtr *inputTab;

    xmlNodePtr node;                  /* the open element, and the stack of open elements */
    int nodeNr;
    int nodeMax;
    xmlNodePtr *nodeTab;

    int record_info;                  /* keep node positions in node_seq */
    xmlParserNodeInfoSeq node_seq;

    int errNo;                        /* last error code */

    int hasExternalSubset;
    int hasPErefs;
    int external;                     /* parsing an external entity */

    int valid;
    int validate;
    xmlValidCtxt vctxt;

    xmlParserInputState instate;      /* push parser state */
    int token;

    char *directory;

    const xmlChar *name;              /* the open element's name, and the stack of names */
    int nameNr;
    int nameMax;
    const xmlChar **nameTab;

    long nbChars;
    long checkIndex;                  /* push parser: where to resume scanning */
    int keepBlanks;
    int disableSAX;                   /* stop calling the callbacks */
    int inSubset;                     /* 1 in the internal subset, 2 in the external one */
    const xmlChar *intSubName;
    xmlChar *extSubURI;
    xmlChar *extSubSystem;

    int *space;                       /* xml:space values of the open elements */
    int spaceNr;
    int spaceMax;
    int *spaceTab;

    int depth;                        /* entity nesting depth */
    xmlParserInputPtr entity;
    int charset;                      /* an xmlCharEncoding value */
    int nodelen;
    int nodemem;
    int pedantic;
    void *_private;

    int loadsubset;                   /* XML_DETECT_IDS and related bits */
    int linenumbers;
    void *catalogs;                   /* document-local catalogs */
    int recovery;
    int progressive;                  /* push mode */
    xmlDictPtr dict;
    const xmlChar **atts;             /* attribute scratch array */
    int maxatts;
    int docdict;                      /* the document uses dict */

    const xmlChar *str_xml;           /* interned "xml", "xmlns" and the xml namespace */
    const xmlChar *str_xmlns;
    const xmlChar *str_xml_ns;

    int sax2;                         /* namespace-aware callbacks in use */
    int nsNr;                         /* in-scope namespace bindings */
    int nsMax;
    const xmlChar **nsTab;
    int *attallocs;
    xmlStartTag *pushTab;
    xmlHashTablePtr attsDefault;      /* defaulted attributes from the DTD */
    xmlHashTablePtr attsSpecial;      /* non-CDATA attribute types from the DTD */
    int nsWellFormed;
    int options;                      /* xmlParserOption flags */

    int dictNames;                    /* node names come from dict */
    int freeElemsNr;                  /* recycled nodes */
    xmlNodePtr freeElems;
    int freeAttrsNr;
    xmlAttrPtr freeAttrs;

    xmlError lastError;
    xmlParserMode parseMode;
    unsigned long nbentities;         /* entity expansion accounting */
    unsigned long sizeentities;

    xmlParserNodeInfo *nodeInfo;      /* stack of node positions being recorded */
    int nodeInfoNr;
    int nodeInfoMax;
    xmlParserNodeInfo *nodeInfoTab;

    int input_id;                     /* last id given to an input */
    unsigned long sizeentcopy;
};

/* Lets a callback ask where the parser is. */
struct _xmlSAXLocator {
    const xmlChar *(*getPublicId)(void *ctx);
    const xmlChar *(*getSystemId)(void *ctx);
    int (*getLineNumber)(void *ctx);
    int (*getColumnNumber)(void *ctx);
};

/* SAX callbacks. ctx is the userData of the parser context. */
typedef xmlParserInputPtr (*resolveEntitySAXFunc)(void *ctx, const xmlChar *publicId,
                                                  const xmlChar *systemId);
typedef void (*internalSubsetSAXFunc)(void *ctx, const xmlChar *name,
                                      const xmlChar *ExternalID, const xmlChar *SystemID);
typedef void (*externalSubsetSAXFunc)(void *ctx, const xmlChar *name,
                                      const xmlChar *ExternalID, const xmlChar *SystemID);
typedef xmlEntityPtr (*getEntitySAXFunc)(void *ctx, const xmlChar *name);
typedef xmlEntityPtr (*getParameterEntitySAXFunc)(void *ctx, const xmlChar *name);
typedef void (*entityDeclSAXFunc)(void *ctx, const xmlChar *name, int type,
                                  const xmlChar *publicId, const xmlChar *systemId,
                                  xmlChar *content);
typedef void (*notationDeclSAXFunc)(void *ctx, const xmlChar *name,
                                    const xmlChar *publicId, const xmlChar *systemId);
typedef void (*attributeDeclSAXFunc)(void *ctx, const xmlChar *elem, const xmlChar *fullname,
                                     int type, int def, const xmlChar *defaultValue,
                                     xmlEnumerationPtr tree);
typedef void (*elementDeclSAXFunc)(void *ctx, const xmlChar *name, int type,
                                   xmlElementContentPtr content);
typedef void (*unparsedEntityDeclSAXFunc)(void *ctx, const xmlChar *name,
                                          const xmlChar *publicId, const xmlChar *systemId,
                                          const xmlChar *notationName);
typedef void (*setDocumentLocatorSAXFunc)(void *ctx, xmlSAXLocatorPtr loc);
typedef void (*startDocumentSAXFunc)(void *ctx);
typedef void (*endDocumentSAXFunc)(void *ctx);
typedef void (*startElementSAXFunc)(void *ctx, const xmlChar *name, const xmlChar **atts);
typedef void (*endElementSAXFunc)(void *ctx, const xmlChar *name);
typedef void (*attributeSAXFunc)(void *ctx, const xmlChar *name, const xmlChar *value);
typedef void (*referenceSAXFunc)(void *ctx, const xmlChar *name);
typedef void (*charactersSAXFunc)(void *ctx, const xmlChar *ch, int len);
typedef void (*ignorableWhitespaceSAXFunc)(void *ctx, const xmlChar *ch, int len);
typedef void (*processingInstructionSAXFunc)(void *ctx, const xmlChar *target,
                                             const xmlChar *data);
typedef void (*commentSAXFunc)(void *ctx, const xmlChar *value);
typedef void (*cdataBlockSAXFunc)(void *ctx, const xmlChar *value, int len);
typedef void (XMLCDECL *warningSAXFunc)(void *ctx, const char *msg, ...)
    LIBXML_ATTR_FORMAT(2, 3);
typedef void (XMLCDECL *errorSAXFunc)(void *ctx, const char *msg, ...)
    LIBXML_ATTR_FORMAT(2, 3);
typedef void (XMLCDECL *fatalErrorSAXFunc)(void *ctx, const char *msg, ...)
    LIBXML_ATTR_FORMAT(2, 3);
typedef int (*isStandaloneSAXFunc)(void *ctx);
typedef int (*hasInternalSubsetSAXFunc)(void *ctx);
typedef int (*hasExternalSubsetSAXFunc)(void *ctx);

/* A handler whose initialized field holds this value uses the namespace-aware callbacks. */
#define XML_SAX2_MAGIC 0xDEEDBEAF

/*
 * Start of an element with namespaces. attributes holds nb_attributes groups of five
 * pointers: localname, prefix, URI, value start, value end; the last nb_defaulted of them
 * come from DTD defaults. namespaces holds nb_namespaces prefix/URI pairs.
 */
typedef void (*startElementNsSAX2Func)(void *ctx, const xmlChar *localname,
                                       const xmlChar *prefix, const xmlChar *URI,
                                       int nb_namespaces, const xmlChar **namespaces,
                                       int nb_attributes, int nb_defaulted,
                                       const xmlChar **attributes);
typedef void (*endElementNsSAX2Func)(void *ctx, const xmlChar *localname,
                                     const xmlChar *prefix, const xmlChar *URI);

/* The callbacks of a parse; any may be NULL. */
struct _xmlSAXHandler {
    internalSubsetSAXFunc internalSubset;
    isStandaloneSAXFunc isStandalone;
    hasInternalSubsetSAXFunc hasInternalSubset;
    hasExternalSubsetSAXFunc hasExternalSubset;
    resolveEntitySAXFunc resolveEntity;
    getEntitySAXFunc getEntity;
    entityDeclSAXFunc entityDecl;
    notationDeclSAXFunc notationDecl;
    attributeDeclSAXFunc attributeDecl;
    elementDeclSAXFunc elementDecl;
    unparsedEntityDeclSAXFunc unparsedEntityDecl;
    setDocumentLocatorSAXFunc setDocumentLocator;
    startDocumentSAXFunc startDocument;
    endDocumentSAXFunc endDocument;
    startElementSAXFunc startElement;
    endElementSAXFunc endElement;
    referenceSAXFunc reference;
    charactersSAXFunc characters;
    ignorableWhitespaceSAXFunc ignorableWhitespace;
    processingInstructionSAXFunc processingInstruction;
    commentSAXFunc comment;
    warningSAXFunc warning;
    errorSAXFunc error;
    fatalErrorSAXFunc fatalError;
    getParameterEntitySAXFunc getParameterEntity;
    cdataBlockSAXFunc cdataBlock;
    externalSubsetSAXFunc externalSubset;
    unsigned int initialized;         /* XML_SAX2_MAGIC enables the fields below */
    void *_private;
    startElementNsSAX2Func startElementNs;
    endElementNsSAX2Func endElementNs;
    xmlStructuredErrorFunc serror;
};

/* The older, shorter handler without the namespace-aware callbacks. */
typedef struct _xmlSAXHandlerV1 xmlSAXHandlerV1;
typedef xmlSAXHandlerV1 *xmlSAXHandlerV1Ptr;
struct _xmlSAXHandlerV1 {
    internalSubsetSAXFunc internalSubset;
    isStandaloneSAXFunc isStandalone;
    hasInternalSubsetSAXFunc hasInternalSubset;
    hasExternalSubsetSAXFunc hasExternalSubset;
    resolveEntitySAXFunc resolveEntity;
    getEntitySAXFunc getEntity;
    entityDeclSAXFunc entityDecl;
    notationDeclSAXFunc notationDecl;
    attributeDeclSAXFunc attributeDecl;
    elementDeclSAXFunc elementDecl;
    unparsedEntityDeclSAXFunc unparsedEntityDecl;
    setDocumentLocatorSAXFunc setDocumentLocator;
    startDocumentSAXFunc startDocument;
    endDocumentSAXFunc endDocument;
    startElementSAXFunc startElement;
    endElementSAXFunc endElement;
    referenceSAXFunc reference;
    charactersSAXFunc characters;
    ignorableWhitespaceSAXFunc ignorableWhitespace;
    processingInstructionSAXFunc processingInstruction;
    commentSAXFunc comment;
    warningSAXFunc warning;
    errorSAXFunc error;
    fatalErrorSAXFunc fatalError;
    getParameterEntitySAXFunc getParameterEntity;
    cdataBlockSAXFunc cdataBlock;
    externalSubsetSAXFunc externalSubset;
    unsigned int initialized;
};

/* Opens the input for an external entity or DTD. */
typedef xmlParserInputPtr (*xmlExternalEntityLoader)(const char *URL, const char *ID,
                                                     xmlParserCtxtPtr context);

/* Flags of the parser's options argument. */
typedef enum {
    XML_PARSE_RECOVER    = 1,
    XML_PARSE_NOENT      = 2,
    XML_PARSE_DTDLOAD    = 4,
    XML_PARSE_DTDATTR    = 8,
    XML_PARSE_DTDVALID   = 16,
    XML_PARSE_NOERROR    = 32,
    XML_PARSE_NOWARNING  = 64,
    XML_PARSE_PEDANTIC   = 128,
    XML_PARSE_NOBLANKS   = 256,
    XML_PARSE_SAX1       = 512,
    XML_PARSE_XINCLUDE   = 1024,
    XML_PARSE_NONET      = 2048,
    XML_PARSE_NODICT     = 4096,
    XML_PARSE_NSCLEAN    = 8192,
    XML_PARSE_NOCDATA    = 16384,
    XML_PARSE_NOXINCNODE = 32768,
    XML_PARSE_COMPACT    = 65536,
    XML_PARSE_OLD10      = 131072,
    XML_PARSE_NOBASEFIX  = 262144,
    XML_PARSE_HUGE       = 524288,
    XML_PARSE_OLDSAX     = 1048576,
    XML_PARSE_IGNORE_ENC = 2097152,
    XML_PARSE_BIG_LINES  = 4194304
} xmlParserOption;

/* Features that can be queried at run time. */
typedef enum {
    XML_WITH_THREAD     = 1,
    XML_WITH_TREE       = 2,
    XML_WITH_OUTPUT     = 3,
    XML_WITH_PUSH       = 4,
    XML_WITH_READER     = 5,
    XML_WITH_PATTERN    = 6,
    XML_WITH_WRITER     = 7,
    XML_WITH_SAX1       = 8,
    XML_WITH_FTP        = 9,
    XML_WITH_HTTP       = 10,
    XML_WITH_VALID      = 11,
    XML_WITH_HTML       = 12,
    XML_WITH_LEGACY     = 13,
    XML_WITH_C14N       = 14,
    XML_WITH_CATALOG    = 15,
    XML_WITH_XPATH      = 16,
    XML_WITH_XPTR       = 17,
    XML_WITH_XINCLUDE   = 18,
    XML_WITH_ICONV      = 19,
    XML_WITH_ISO8859X   = 20,
    XML_WITH_UNICODE    = 21,
    XML_WITH_REGEXP     = 22,
    XML_WITH_AUTOMATA   = 23,
    XML_WITH_EXPR       = 24,
    XML_WITH_SCHEMAS    = 25,
    XML_WITH_SCHEMATRON = 26,
    XML_WITH_MODULES    = 27,
    XML_WITH_DEBUG      = 28,
    XML_WITH_DEBUG_MEM  = 29,
    XML_WITH_DEBUG_RUN  = 30,
    XML_WITH_ZLIB       = 31,
    XML_WITH_ICU        = 32,
    XML_WITH_LZMA       = 33,
    XML_WITH_NONE       = 99999
} xmlFeature;

#ifdef __cplusplus
}
#endif

#ifdef LIGNUM_LIBXML_CORE_OUTER_PARSER
#undef LIGNUM_LIBXML_CORE_OUTER_PARSER
#undef LIGNUM_LIBXML_CORE_BUSY
#include <libxml/globals.h>
#endif

#endif /* LIGNUM_LIBXML_PARSER_H */

/*
 * The functions of this header, declared once every type of the core group is defined
 * (globals.h explains when).
 */
#if !defined(LIGNUM_LIBXML_CORE_BUSY) && !defined(LIGNUM_LIBXML_PARSER_FUNCTIONS)
#define LIGNUM_LIBXML_PARSER_FUNCTIONS

#ifdef __cplusplus
extern "C" {
#endif

/* Library initialisation and cleanup, and reading more input. */
XMLPUBFUN void XMLCALL xmlInitParser(void);
XMLPUBFUN void XMLCALL xmlCleanupParser(void);
XMLPUBFUN int XMLCALL xmlParserInputRead(xmlParserInputPtr in, int len);
XMLPUBFUN int XMLCALL xmlParserInputGrow(xmlParserInputPtr in, int len);

/* One-call parsing of a document from memory or a file. */
XMLPUBFUN xmlDocPtr XMLCALL xmlParseDoc(const xmlChar *cur);
XMLPUBFUN xmlDocPtr XMLCALL xmlParseFile(const char *filename);
XMLPUBFUN xmlDocPtr XMLCALL xmlParseMemory(const char *buffer, int size);

/* Global parser defaults; each returns the previous value. */
XMLPUBFUN int XMLCALL xmlSubstituteEntitiesDefault(int val);
XMLPUBFUN int XMLCALL xmlKeepBlanksDefault(int val);
XMLPUBFUN void XMLCALL xmlStopParser(xmlParserCtxtPtr ctxt);
XMLPUBFUN int XMLCALL xmlPedanticParserDefault(int val);
XMLPUBFUN int XMLCALL xmlLineNumbersDefault(int val);

/* Parsing that keeps going after errors. */
XMLPUBFUN xmlDocPtr XMLCALL xmlRecoverDoc(const xmlChar *cur);
XMLPUBFUN xmlDocPtr XMLCALL xmlRecoverMemory(const char *buffer, int size);
XMLPUBFUN xmlDocPtr XMLCALL xmlRecoverFile(const char *filename);

/* Parsing with an existing context. */
XMLPUBFUN int XMLCALL xmlParseDocument(xmlParserCtxtPtr ctxt);
XMLPUBFUN int XMLCALL xmlParseExtParsedEnt(xmlParserCtxtPtr ctxt);

/* Parsing with caller-supplied SAX handlers. */
XMLPUBFUN int XMLCALL xmlSAXUserParseFile(xmlSAXHandlerPtr sax, void *user_data,
                                          const char *filename);
XMLPUBFUN int XMLCALL xmlSAXUserParseMemory(xmlSAXHandlerPtr sax, void *user_data,
                                            const char *buffer, int size);
XMLPUBFUN xmlDocPtr XMLCALL xmlSAXParseDoc(xmlSAXHandlerPtr sax, const xmlChar *cur, int recovery);
XMLPUBFUN xmlDocPtr XMLCALL xmlSAXParseMemory(xmlSAXHandlerPtr sax, const char *buffer, int size,
                                              int recovery);
XMLPUBFUN xmlDocPtr XMLCALL xmlSAXParseMemoryWithData(xmlSAXHandlerPtr sax, const char *buffer,
                                                      int size, int recovery, void *data);
XMLPUBFUN xmlDocPtr XMLCALL xmlSAXParseFile(xmlSAXHandlerPtr sax, const char *filename,
                                            int recovery);
XMLPUBFUN xmlDocPtr XMLCALL xmlSAXParseFileWithData(xmlSAXHandlerPtr sax, const char *filename,
                                                    int recovery, void *data);
XMLPUBFUN xmlDocPtr XMLCALL xmlSAXParseEntity(xmlSAXHandlerPtr sax, const char *filename);
XMLPUBFUN xmlDocPtr XMLCALL xmlParseEntity(const char *filename);

/* Parsing external DTDs. */
XMLPUBFUN xmlDtdPtr XMLCALL xmlSAXParseDTD(xmlSAXHandlerPtr sax, const xmlChar *ExternalID,
                                           const xmlChar *SystemID);
XMLPUBFUN xmlDtdPtr XMLCALL xmlParseDTD(const xmlChar *ExternalID, const xmlChar *SystemID);
XMLPUBFUN xmlDtdPtr XMLCALL xmlIOParseDTD(xmlSAXHandlerPtr sax, xmlParserInputBufferPtr input,
                                          xmlCharEncoding enc);

/* Parsing well-balanced fragments and external entities. */
XMLPUBFUN int XMLCALL xmlParseBalancedChunkMemory(xmlDocPtr doc, xmlSAXHandlerPtr sax,
                                                  void *user_data, int depth, const xmlChar *string,
                                                  xmlNodePtr *lst);
XMLPUBFUN xmlParserErrors XMLCALL xmlParseInNodeContext(xmlNodePtr node, const char *data,
                                                        int datalen, int options, xmlNodePtr *lst);
XMLPUBFUN int XMLCALL
    xmlParseBalancedChunkMemoryRecover(xmlDocPtr doc, xmlSAXHandlerPtr sax, void *user_data,
                                       int depth, const xmlChar *string, xmlNodePtr *lst,
                                       int recover);
XMLPUBFUN int XMLCALL xmlParseExternalEntity(xmlDocPtr doc, xmlSAXHandlerPtr sax, void *user_data,
                                             int depth, const xmlChar *URL, const xmlChar *ID,
                                             xmlNodePtr *lst);
XMLPUBFUN int XMLCALL xmlParseCtxtExternalEntity(xmlParserCtxtPtr ctx, const xmlChar *URL,
                                                 const xmlChar *ID, xmlNodePtr *lst);

/* Parser contexts: creating, initialising and freeing. */
XMLPUBFUN xmlParserCtxtPtr XMLCALL xmlNewParserCtxt(void);
XMLPUBFUN int XMLCALL xmlInitParserCtxt(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlClearParserCtxt(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlFreeParserCtxt(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlSetupParserForBuffer(xmlParserCtxtPtr ctxt, const xmlChar *buffer,
                                               const char *filename);
XMLPUBFUN xmlParserCtxtPtr XMLCALL xmlCreateDocParserCtxt(const xmlChar *cur);

/* Legacy named parser features. */
XMLPUBFUN int XMLCALL xmlGetFeaturesList(int *len, const char **result);
XMLPUBFUN int XMLCALL xmlGetFeature(xmlParserCtxtPtr ctxt, const char *name, void *result);
XMLPUBFUN int XMLCALL xmlSetFeature(xmlParserCtxtPtr ctxt, const char *name, void *value);

/* Push parsing and parsing from I/O callbacks. */
XMLPUBFUN xmlParserCtxtPtr XMLCALL
    xmlCreatePushParserCtxt(xmlSAXHandlerPtr sax, void *user_data, const char *chunk, int size,
                            const char *filename);
XMLPUBFUN int XMLCALL xmlParseChunk(xmlParserCtxtPtr ctxt, const char *chunk, int size,
                                    int terminate);
XMLPUBFUN xmlParserCtxtPtr XMLCALL
    xmlCreateIOParserCtxt(xmlSAXHandlerPtr sax, void *user_data, xmlInputReadCallback ioread,
                          xmlInputCloseCallback ioclose, void *ioctx, xmlCharEncoding enc);
XMLPUBFUN xmlParserInputPtr XMLCALL xmlNewIOInputStream(xmlParserCtxtPtr ctxt,
                                                        xmlParserInputBufferPtr input,
                                                        xmlCharEncoding enc);

/* Recording where nodes were found in the input. */
XMLPUBFUN const xmlParserNodeInfo *XMLCALL
    xmlParserFindNodeInfo(const xmlParserCtxtPtr ctxt, const xmlNodePtr node);
XMLPUBFUN void XMLCALL xmlInitNodeInfoSeq(xmlParserNodeInfoSeqPtr seq);
XMLPUBFUN void XMLCALL xmlClearNodeInfoSeq(xmlParserNodeInfoSeqPtr seq);
XMLPUBFUN unsigned long XMLCALL
    xmlParserFindNodeInfoIndex(const xmlParserNodeInfoSeqPtr seq, const xmlNodePtr node);
XMLPUBFUN void XMLCALL xmlParserAddNodeInfo(xmlParserCtxtPtr ctxt, const xmlParserNodeInfoPtr info);

/* The external entity loader. */
XMLPUBFUN void XMLCALL xmlSetExternalEntityLoader(xmlExternalEntityLoader f);
XMLPUBFUN xmlExternalEntityLoader XMLCALL xmlGetExternalEntityLoader(void);
XMLPUBFUN xmlParserInputPtr XMLCALL
    xmlLoadExternalEntity(const char *URL, const char *ID, xmlParserCtxtPtr ctxt);

/* Position and reuse of a context. */
XMLPUBFUN long XMLCALL xmlByteConsumed(xmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlCtxtReset(xmlParserCtxtPtr ctxt);
XMLPUBFUN int XMLCALL xmlCtxtResetPush(xmlParserCtxtPtr ctxt, const char *chunk, int size,
                                       const char *filename, const char *encoding);
XMLPUBFUN int XMLCALL xmlCtxtUseOptions(xmlParserCtxtPtr ctxt, int options);

/* Parsing with parse options, into a fresh or a reused context. */
XMLPUBFUN xmlDocPtr XMLCALL xmlReadDoc(const xmlChar *cur, const char *URL, const char *encoding,
                                       int options);
XMLPUBFUN xmlDocPtr XMLCALL xmlReadFile(const char *URL, const char *encoding, int options);
XMLPUBFUN xmlDocPtr XMLCALL xmlReadMemory(const char *buffer, int size, const char *URL,
                                          const char *encoding, int options);
XMLPUBFUN xmlDocPtr XMLCALL xmlReadFd(int fd, const char *URL, const char *encoding, int options);
XMLPUBFUN xmlDocPtr XMLCALL xmlReadIO(xmlInputReadCallback ioread, xmlInputCloseCallback ioclose,
                                      void *ioctx, const char *URL, const char *encoding,
                                      int options);
XMLPUBFUN xmlDocPtr XMLCALL xmlCtxtReadDoc(xmlParserCtxtPtr ctxt, const xmlChar *cur,
                                           const char *URL, const char *encoding, int options);
XMLPUBFUN xmlDocPtr XMLCALL xmlCtxtReadFile(xmlParserCtxtPtr ctxt, const char *filename,
                                            const char *encoding, int options);
XMLPUBFUN xmlDocPtr XMLCALL xmlCtxtReadMemory(xmlParserCtxtPtr ctxt, const char *buffer, int size,
                                              const char *URL, const char *encoding, int options);
XMLPUBFUN xmlDocPtr XMLCALL xmlCtxtReadFd(xmlParserCtxtPtr ctxt, int fd, const char *URL,
                                          const char *encoding, int options);
XMLPUBFUN xmlDocPtr XMLCALL xmlCtxtReadIO(xmlParserCtxtPtr ctxt, xmlInputReadCallback ioread,
                                          xmlInputCloseCallback ioclose, void *ioctx,
                                          const char *URL, const char *encoding, int options);

/* Whether an optional module is built in. */
XMLPUBFUN int XMLCALL xmlHasFeature(xmlFeature feature);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_PARSER_FUNCTIONS */
