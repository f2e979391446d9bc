/*
 * Lignum's libxml2-compatible C interface: Schematron validation.
 */
#ifndef LIGNUM_LIBXML_SCHEMATRON_H
#define LIGNUM_LIBXML_SCHEMATRON_H

#include <libxml/xmlversion.h>
#include <libxml/tree.h>

#ifdef __cplusplus
extern "C" {
#endif

/* How and where results are reported. */
typedef enum {
    XML_SCHEMATRON_OUT_QUIET  = 1,
    XML_SCHEMATRON_OUT_TEXT   = 2,
    XML_SCHEMATRON_OUT_XML    = 4,
    XML_SCHEMATRON_OUT_ERROR  = 8,
    XML_SCHEMATRON_OUT_FILE   = 256,
    XML_SCHEMATRON_OUT_BUFFER = 512,
    XML_SCHEMATRON_OUT_IO     = 1024
} xmlSchematronValidOptions;

/* A compiled schema; private. */
typedef struct _xmlSchematron xmlSchematron;
typedef xmlSchematron *xmlSchematronPtr;

/* Receive errors and warnings, printf-style. */
typedef void (*xmlSchematronValidityErrorFunc)(void *ctx, const char *msg, ...);
typedef void (*xmlSchematronValidityWarningFunc)(void *ctx, const char *msg, ...);

/* Parsing and validation contexts; private. */
typedef struct _xmlSchematronParserCtxt xmlSchematronParserCtxt;
typedef xmlSchematronParserCtxt *xmlSchematronParserCtxtPtr;
typedef struct _xmlSchematronValidCtxt xmlSchematronValidCtxt;
typedef xmlSchematronValidCtxt *xmlSchematronValidCtxtPtr;

/* Schematron schema parser contexts and schemas. */
XMLPUBFUN xmlSchematronParserCtxtPtr XMLCALL xmlSchematronNewParserCtxt(const char *URL);
XMLPUBFUN xmlSchematronParserCtxtPtr XMLCALL
    xmlSchematronNewMemParserCtxt(const char *buffer, int size);
XMLPUBFUN xmlSchematronParserCtxtPtr XMLCALL xmlSchematronNewDocParserCtxt(xmlDocPtr doc);
XMLPUBFUN void XMLCALL xmlSchematronFreeParserCtxt(xmlSchematronParserCtxtPtr ctxt);
XMLPUBFUN xmlSchematronPtr XMLCALL xmlSchematronParse(xmlSchematronParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlSchematronFree(xmlSchematronPtr schema);

/* Schematron validation. */
XMLPUBFUN void XMLCALL
    xmlSchematronSetValidStructuredErrors(xmlSchematronValidCtxtPtr ctxt,
                                          xmlStructuredErrorFunc serror, void *ctx);
XMLPUBFUN xmlSchematronValidCtxtPtr XMLCALL
    xmlSchematronNewValidCtxt(xmlSchematronPtr schema, int options);
XMLPUBFUN void XMLCALL xmlSchematronFreeValidCtxt(xmlSchematronValidCtxtPtr ctxt);
XMLPUBFUN int XMLCALL xmlSchematronValidateDoc(xmlSchematronValidCtxtPtr ctxt, xmlDocPtr instance);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_SCHEMATRON_H */
