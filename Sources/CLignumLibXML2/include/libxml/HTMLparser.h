/*
 * Lignum's libxml2-compatible C interface: the HTML parser's types and its tables of
 * elements and entities.
 */
#ifndef LIGNUM_LIBXML_HTMLPARSER_H
#define LIGNUM_LIBXML_HTMLPARSER_H

#include <libxml/xmlversion.h>
#include <libxml/parser.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The HTML parser uses the XML parser's structures. */
typedef xmlParserCtxt htmlParserCtxt;
typedef xmlParserCtxtPtr htmlParserCtxtPtr;
typedef xmlParserNodeInfo htmlParserNodeInfo;
typedef xmlSAXHandler htmlSAXHandler;
typedef xmlSAXHandlerPtr htmlSAXHandlerPtr;
typedef xmlParserInput htmlParserInput;
typedef xmlParserInputPtr htmlParserInputPtr;
typedef xmlDocPtr htmlDocPtr;
typedef xmlNodePtr htmlNodePtr;

/* What the parser knows about one HTML element. */
typedef struct _htmlElemDesc htmlElemDesc;
typedef htmlElemDesc *htmlElemDescPtr;
struct _htmlElemDesc {
    const char *name;
    char startTag;                    /* 1: the start tag may be left out */
    char endTag;                      /* 1: the end tag may be left out; 2: it must be */
    char saveEndTag;                  /* 1: write an end tag even when empty */
    char empty;                       /* 1: never has content */
    char depr;                        /* 1: deprecated */
    char dtd;                         /* 0: strict, 1: loose, 2: frameset only */
    char isinline;                    /* 1: inline, 0: block */
    const char *desc;
    const char **subelts;             /* allowed children */
    const char *defaultsubelt;        /* child implied when content is missing */
    const char **attrs_opt;           /* optional attributes */
    const char **attrs_depr;          /* deprecated attributes */
    const char **attrs_req;           /* required attributes */
};

/* One named character reference of HTML. */
typedef struct _htmlEntityDesc htmlEntityDesc;
typedef htmlEntityDesc *htmlEntityDescPtr;
struct _htmlEntityDesc {
    unsigned int value;               /* the code point */
    const char *name;
    const char *desc;
};

/* Flags of the HTML parser's options argument. */
typedef enum {
    HTML_PARSE_RECOVER    = 1,
    HTML_PARSE_NODEFDTD   = 4,
    HTML_PARSE_NOERROR    = 32,
    HTML_PARSE_NOWARNING  = 64,
    HTML_PARSE_PEDANTIC   = 128,
    HTML_PARSE_NOBLANKS   = 256,
    HTML_PARSE_NONET      = 2048,
    HTML_PARSE_NOIMPLIED  = 8192,
    HTML_PARSE_COMPACT    = 65536,
    HTML_PARSE_IGNORE_ENC = 2097152
} htmlParserOption;

/* Whether an element or attribute is allowed where it appears (bits). */
typedef enum {
    HTML_NA         = 0,
    HTML_INVALID    = 1,
    HTML_DEPRECATED = 2,
    HTML_VALID      = 4,
    HTML_REQUIRED   = 12
} htmlStatus;

/* Descriptions of HTML elements and entities, and auto-closing rules. */
XMLPUBFUN const htmlElemDesc *XMLCALL htmlTagLookup(const xmlChar *tag);
XMLPUBFUN const htmlEntityDesc *XMLCALL htmlEntityLookup(const xmlChar *name);
XMLPUBFUN const htmlEntityDesc *XMLCALL htmlEntityValueLookup(unsigned int value);
XMLPUBFUN int XMLCALL htmlIsAutoClosed(htmlDocPtr doc, htmlNodePtr elem);
XMLPUBFUN int XMLCALL htmlAutoCloseTag(htmlDocPtr doc, const xmlChar *name, htmlNodePtr elem);

/* Pieces of the HTML parser, for code that drives it by hand. */
XMLPUBFUN const htmlEntityDesc *XMLCALL
    htmlParseEntityRef(htmlParserCtxtPtr ctxt, const xmlChar **str);
XMLPUBFUN int XMLCALL htmlParseCharRef(htmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL htmlParseElement(htmlParserCtxtPtr ctxt);

/* HTML parser contexts and the older whole-document entry points. */
XMLPUBFUN htmlParserCtxtPtr XMLCALL htmlNewParserCtxt(void);
XMLPUBFUN htmlParserCtxtPtr XMLCALL htmlCreateMemoryParserCtxt(const char *buffer, int size);
XMLPUBFUN int XMLCALL htmlParseDocument(htmlParserCtxtPtr ctxt);
XMLPUBFUN htmlDocPtr XMLCALL htmlSAXParseDoc(const xmlChar *cur, const char *encoding,
                                             htmlSAXHandlerPtr sax, void *userData);
XMLPUBFUN htmlDocPtr XMLCALL htmlParseDoc(const xmlChar *cur, const char *encoding);
XMLPUBFUN htmlDocPtr XMLCALL htmlSAXParseFile(const char *filename, const char *encoding,
                                              htmlSAXHandlerPtr sax, void *userData);
XMLPUBFUN htmlDocPtr XMLCALL htmlParseFile(const char *filename, const char *encoding);

/* Converting text to HTML and classifying attributes. */
XMLPUBFUN int XMLCALL UTF8ToHtml(unsigned char *out, int *outlen, const unsigned char *in,
                                 int *inlen);
XMLPUBFUN int XMLCALL htmlEncodeEntities(unsigned char *out, int *outlen, const unsigned char *in,
                                         int *inlen, int quoteChar);
XMLPUBFUN int XMLCALL htmlIsScriptAttribute(const xmlChar *name);
XMLPUBFUN int XMLCALL htmlHandleOmittedElem(int val);

/* Parsing HTML pushed in chunks. */
XMLPUBFUN htmlParserCtxtPtr XMLCALL
    htmlCreatePushParserCtxt(htmlSAXHandlerPtr sax, void *user_data, const char *chunk, int size,
                             const char *filename, xmlCharEncoding enc);
XMLPUBFUN int XMLCALL htmlParseChunk(htmlParserCtxtPtr ctxt, const char *chunk, int size,
                                     int terminate);

/* Releasing and resetting HTML parser contexts. */
XMLPUBFUN void XMLCALL htmlFreeParserCtxt(htmlParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL htmlCtxtReset(htmlParserCtxtPtr ctxt);
XMLPUBFUN int XMLCALL htmlCtxtUseOptions(htmlParserCtxtPtr ctxt, int options);

/* Parsing HTML with parse options, into a fresh or a reused context. */
XMLPUBFUN htmlDocPtr XMLCALL htmlReadDoc(const xmlChar *cur, const char *URL, const char *encoding,
                                         int options);
XMLPUBFUN htmlDocPtr XMLCALL htmlReadFile(const char *URL, const char *encoding, int options);
XMLPUBFUN htmlDocPtr XMLCALL htmlReadMemory(const char *buffer, int size, const char *URL,
                                            const char *encoding, int options);
XMLPUBFUN htmlDocPtr XMLCALL htmlReadFd(int fd, const char *URL, const char *encoding, int options);
XMLPUBFUN htmlDocPtr XMLCALL htmlReadIO(xmlInputReadCallback ioread, xmlInputCloseCallback ioclose,
                                        void *ioctx, const char *URL, const char *encoding,
                                        int options);
XMLPUBFUN htmlDocPtr XMLCALL htmlCtxtReadDoc(xmlParserCtxtPtr ctxt, const xmlChar *cur,
                                             const char *URL, const char *encoding, int options);
XMLPUBFUN htmlDocPtr XMLCALL htmlCtxtReadFile(xmlParserCtxtPtr ctxt, const char *filename,
                                              const char *encoding, int options);
XMLPUBFUN htmlDocPtr XMLCALL htmlCtxtReadMemory(xmlParserCtxtPtr ctxt, const char *buffer, int size,
                                                const char *URL, const char *encoding, int options);
XMLPUBFUN htmlDocPtr XMLCALL htmlCtxtReadFd(xmlParserCtxtPtr ctxt, int fd, const char *URL,
                                            const char *encoding, int options);
XMLPUBFUN htmlDocPtr XMLCALL htmlCtxtReadIO(xmlParserCtxtPtr ctxt, xmlInputReadCallback ioread,
                                            xmlInputCloseCallback ioclose, void *ioctx,
                                            const char *URL, const char *encoding, int options);

/* Whether an element or attribute may appear where it is. */
XMLPUBFUN htmlStatus XMLCALL htmlAttrAllowed(const htmlElemDesc *, const xmlChar *, int);
XMLPUBFUN int XMLCALL htmlElementAllowedHere(const htmlElemDesc *, const xmlChar *);
XMLPUBFUN htmlStatus XMLCALL htmlElementStatusHere(const htmlElemDesc *, const htmlElemDesc *);
XMLPUBFUN htmlStatus XMLCALL htmlNodeStatus(const htmlNodePtr, int);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_HTMLPARSER_H */
