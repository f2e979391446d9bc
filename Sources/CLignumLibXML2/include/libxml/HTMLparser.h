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

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_HTMLPARSER_H */
