/*
 * Lignum's libxml2-compatible C interface: XML Schema validation.
 */
#ifndef LIGNUM_LIBXML_XMLSCHEMAS_H
#define LIGNUM_LIBXML_XMLSCHEMAS_H

#include <libxml/xmlversion.h>
#include <libxml/tree.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Result codes of validation. */
typedef enum {
    XML_SCHEMAS_ERR_OK             = 0,
    XML_SCHEMAS_ERR_NOROOT         = 1,
    XML_SCHEMAS_ERR_UNDECLAREDELEM = 2,
    XML_SCHEMAS_ERR_NOTTOPLEVEL    = 3,
    XML_SCHEMAS_ERR_MISSING        = 4,
    XML_SCHEMAS_ERR_WRONGELEM      = 5,
    XML_SCHEMAS_ERR_NOTYPE         = 6,
    XML_SCHEMAS_ERR_NOROLLBACK     = 7,
    XML_SCHEMAS_ERR_ISABSTRACT     = 8,
    XML_SCHEMAS_ERR_NOTEMPTY       = 9,
    XML_SCHEMAS_ERR_ELEMCONT       = 10,
    XML_SCHEMAS_ERR_HAVEDEFAULT    = 11,
    XML_SCHEMAS_ERR_NOTNILLABLE    = 12,
    XML_SCHEMAS_ERR_EXTRACONTENT   = 13,
    XML_SCHEMAS_ERR_INVALIDATTR    = 14,
    XML_SCHEMAS_ERR_INVALIDELEM    = 15,
    XML_SCHEMAS_ERR_NOTDETERMINIST = 16,
    XML_SCHEMAS_ERR_CONSTRUCT      = 17,
    XML_SCHEMAS_ERR_INTERNAL       = 18,
    XML_SCHEMAS_ERR_NOTSIMPLE      = 19,
    XML_SCHEMAS_ERR_ATTRUNKNOWN    = 20,
    XML_SCHEMAS_ERR_ATTRINVALID    = 21,
    XML_SCHEMAS_ERR_VALUE          = 22,
    XML_SCHEMAS_ERR_FACET          = 23,
    XML_SCHEMAS_ERR_               = 24,
    XML_SCHEMAS_ERR_XXX            = 25
} xmlSchemaValidError;

/* Flags of a validation context. */
typedef enum {
    XML_SCHEMA_VAL_VC_I_CREATE = 1
} xmlSchemaValidOption;

/* A compiled schema; its fields are in schemasInternals.h. */
typedef struct _xmlSchema xmlSchema;
typedef xmlSchema *xmlSchemaPtr;

/* Receive errors and warnings, printf-style. */
typedef void (XMLCDECL *xmlSchemaValidityErrorFunc)(void *ctx, const char *msg, ...)
    LIBXML_ATTR_FORMAT(2, 3);
typedef void (XMLCDECL *xmlSchemaValidityWarningFunc)(void *ctx, const char *msg, ...)
    LIBXML_ATTR_FORMAT(2, 3);

/* Parsing and validation contexts; private. */
typedef struct _xmlSchemaParserCtxt xmlSchemaParserCtxt;
typedef xmlSchemaParserCtxt *xmlSchemaParserCtxtPtr;
typedef struct _xmlSchemaValidCtxt xmlSchemaValidCtxt;
typedef xmlSchemaValidCtxt *xmlSchemaValidCtxtPtr;

/* Reports the file and line being validated when validating a stream. */
typedef int (XMLCDECL *xmlSchemaValidityLocatorFunc)(void *ctx, const char **file,
                                                     unsigned long *line);

/* The hook placed into a SAX handler for streaming validation; private. */
typedef struct _xmlSchemaSAXPlug xmlSchemaSAXPlugStruct;
typedef xmlSchemaSAXPlugStruct *xmlSchemaSAXPlugPtr;

/* W3C XML Schema parser contexts, their error handlers and schemas. */
XMLPUBFUN xmlSchemaParserCtxtPtr XMLCALL xmlSchemaNewParserCtxt(const char *URL);
XMLPUBFUN xmlSchemaParserCtxtPtr XMLCALL xmlSchemaNewMemParserCtxt(const char *buffer, int size);
XMLPUBFUN xmlSchemaParserCtxtPtr XMLCALL xmlSchemaNewDocParserCtxt(xmlDocPtr doc);
XMLPUBFUN void XMLCALL xmlSchemaFreeParserCtxt(xmlSchemaParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlSchemaSetParserErrors(xmlSchemaParserCtxtPtr ctxt,
                                                xmlSchemaValidityErrorFunc err,
                                                xmlSchemaValidityWarningFunc warn, void *ctx);
XMLPUBFUN void XMLCALL
    xmlSchemaSetParserStructuredErrors(xmlSchemaParserCtxtPtr ctxt, xmlStructuredErrorFunc serror,
                                       void *ctx);
XMLPUBFUN int XMLCALL xmlSchemaGetParserErrors(xmlSchemaParserCtxtPtr ctxt,
                                               xmlSchemaValidityErrorFunc *err,
                                               xmlSchemaValidityWarningFunc *warn, void **ctx);
XMLPUBFUN int XMLCALL xmlSchemaIsValid(xmlSchemaValidCtxtPtr ctxt);
XMLPUBFUN xmlSchemaPtr XMLCALL xmlSchemaParse(xmlSchemaParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlSchemaFree(xmlSchemaPtr schema);
XMLPUBFUN void XMLCALL xmlSchemaDump(FILE *output, xmlSchemaPtr schema);

/* W3C XML Schema validation contexts and their settings. */
XMLPUBFUN void XMLCALL xmlSchemaSetValidErrors(xmlSchemaValidCtxtPtr ctxt,
                                               xmlSchemaValidityErrorFunc err,
                                               xmlSchemaValidityWarningFunc warn, void *ctx);
XMLPUBFUN void XMLCALL
    xmlSchemaSetValidStructuredErrors(xmlSchemaValidCtxtPtr ctxt, xmlStructuredErrorFunc serror,
                                      void *ctx);
XMLPUBFUN int XMLCALL xmlSchemaGetValidErrors(xmlSchemaValidCtxtPtr ctxt,
                                              xmlSchemaValidityErrorFunc *err,
                                              xmlSchemaValidityWarningFunc *warn, void **ctx);
XMLPUBFUN int XMLCALL xmlSchemaSetValidOptions(xmlSchemaValidCtxtPtr ctxt, int options);
XMLPUBFUN void XMLCALL xmlSchemaValidateSetFilename(xmlSchemaValidCtxtPtr vctxt,
                                                    const char *filename);
XMLPUBFUN int XMLCALL xmlSchemaValidCtxtGetOptions(xmlSchemaValidCtxtPtr ctxt);

/* Validating documents, subtrees, streams and files. */
XMLPUBFUN xmlSchemaValidCtxtPtr XMLCALL xmlSchemaNewValidCtxt(xmlSchemaPtr schema);
XMLPUBFUN void XMLCALL xmlSchemaFreeValidCtxt(xmlSchemaValidCtxtPtr ctxt);
XMLPUBFUN int XMLCALL xmlSchemaValidateDoc(xmlSchemaValidCtxtPtr ctxt, xmlDocPtr instance);
XMLPUBFUN int XMLCALL xmlSchemaValidateOneElement(xmlSchemaValidCtxtPtr ctxt, xmlNodePtr elem);
XMLPUBFUN int XMLCALL xmlSchemaValidateStream(xmlSchemaValidCtxtPtr ctxt,
                                              xmlParserInputBufferPtr input, xmlCharEncoding enc,
                                              xmlSAXHandlerPtr sax, void *user_data);
XMLPUBFUN int XMLCALL xmlSchemaValidateFile(xmlSchemaValidCtxtPtr ctxt, const char *filename,
                                            int options);
XMLPUBFUN xmlParserCtxtPtr XMLCALL xmlSchemaValidCtxtGetParserCtxt(xmlSchemaValidCtxtPtr ctxt);
XMLPUBFUN xmlSchemaSAXPlugPtr XMLCALL xmlSchemaSAXPlug(xmlSchemaValidCtxtPtr ctxt,
                                                       xmlSAXHandlerPtr *sax, void **user_data);
XMLPUBFUN int XMLCALL xmlSchemaSAXUnplug(xmlSchemaSAXPlugPtr plug);
XMLPUBFUN void XMLCALL xmlSchemaValidateSetLocator(xmlSchemaValidCtxtPtr vctxt,
                                                   xmlSchemaValidityLocatorFunc f, void *ctxt);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_XMLSCHEMAS_H */
