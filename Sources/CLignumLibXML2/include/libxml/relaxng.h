/*
 * Lignum's libxml2-compatible C interface: RELAX NG validation.
 */
#ifndef LIGNUM_LIBXML_RELAXNG_H
#define LIGNUM_LIBXML_RELAXNG_H

#include <libxml/xmlversion.h>
#include <libxml/hash.h>
#include <libxml/xmlstring.h>
#include <libxml/tree.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A compiled grammar; private. */
typedef struct _xmlRelaxNG xmlRelaxNG;
typedef xmlRelaxNG *xmlRelaxNGPtr;

/* Receive errors and warnings, printf-style. */
typedef void (XMLCDECL *xmlRelaxNGValidityErrorFunc)(void *ctx, const char *msg, ...)
    LIBXML_ATTR_FORMAT(2, 3);
typedef void (XMLCDECL *xmlRelaxNGValidityWarningFunc)(void *ctx, const char *msg, ...)
    LIBXML_ATTR_FORMAT(2, 3);

/* Parsing and validation contexts; private. */
typedef struct _xmlRelaxNGParserCtxt xmlRelaxNGParserCtxt;
typedef xmlRelaxNGParserCtxt *xmlRelaxNGParserCtxtPtr;
typedef struct _xmlRelaxNGValidCtxt xmlRelaxNGValidCtxt;
typedef xmlRelaxNGValidCtxt *xmlRelaxNGValidCtxtPtr;

/* Validation error codes. */
typedef enum {
    XML_RELAXNG_OK               = 0,
    XML_RELAXNG_ERR_MEMORY       = 1,
    XML_RELAXNG_ERR_TYPE         = 2,
    XML_RELAXNG_ERR_TYPEVAL      = 3,
    XML_RELAXNG_ERR_DUPID        = 4,
    XML_RELAXNG_ERR_TYPECMP      = 5,
    XML_RELAXNG_ERR_NOSTATE      = 6,
    XML_RELAXNG_ERR_NODEFINE     = 7,
    XML_RELAXNG_ERR_LISTEXTRA    = 8,
    XML_RELAXNG_ERR_LISTEMPTY    = 9,
    XML_RELAXNG_ERR_INTERNODATA  = 10,
    XML_RELAXNG_ERR_INTERSEQ     = 11,
    XML_RELAXNG_ERR_INTEREXTRA   = 12,
    XML_RELAXNG_ERR_ELEMNAME     = 13,
    XML_RELAXNG_ERR_ATTRNAME     = 14,
    XML_RELAXNG_ERR_ELEMNONS     = 15,
    XML_RELAXNG_ERR_ATTRNONS     = 16,
    XML_RELAXNG_ERR_ELEMWRONGNS  = 17,
    XML_RELAXNG_ERR_ATTRWRONGNS  = 18,
    XML_RELAXNG_ERR_ELEMEXTRANS  = 19,
    XML_RELAXNG_ERR_ATTREXTRANS  = 20,
    XML_RELAXNG_ERR_ELEMNOTEMPTY = 21,
    XML_RELAXNG_ERR_NOELEM       = 22,
    XML_RELAXNG_ERR_NOTELEM      = 23,
    XML_RELAXNG_ERR_ATTRVALID    = 24,
    XML_RELAXNG_ERR_CONTENTVALID = 25,
    XML_RELAXNG_ERR_EXTRACONTENT = 26,
    XML_RELAXNG_ERR_INVALIDATTR  = 27,
    XML_RELAXNG_ERR_DATAELEM     = 28,
    XML_RELAXNG_ERR_VALELEM      = 29,
    XML_RELAXNG_ERR_LISTELEM     = 30,
    XML_RELAXNG_ERR_DATATYPE     = 31,
    XML_RELAXNG_ERR_VALUE        = 32,
    XML_RELAXNG_ERR_LIST         = 33,
    XML_RELAXNG_ERR_NOGRAMMAR    = 34,
    XML_RELAXNG_ERR_EXTRADATA    = 35,
    XML_RELAXNG_ERR_LACKDATA     = 36,
    XML_RELAXNG_ERR_INTERNAL     = 37,
    XML_RELAXNG_ERR_ELEMWRONG    = 38,
    XML_RELAXNG_ERR_TEXTWRONG    = 39
} xmlRelaxNGValidErr;

/* Flags of a grammar parser. */
typedef enum {
    XML_RELAXNGP_NONE     = 0,
    XML_RELAXNGP_FREE_DOC = 1,
    XML_RELAXNGP_CRNG     = 2
} xmlRelaxNGParserFlag;

/* Setting up the RELAX NG datatype libraries. */
XMLPUBFUN int XMLCALL xmlRelaxNGInitTypes(void);
XMLPUBFUN void XMLCALL xmlRelaxNGCleanupTypes(void);

/* RELAX NG schema parser contexts and their error handlers. */
XMLPUBFUN xmlRelaxNGParserCtxtPtr XMLCALL xmlRelaxNGNewParserCtxt(const char *URL);
XMLPUBFUN xmlRelaxNGParserCtxtPtr XMLCALL xmlRelaxNGNewMemParserCtxt(const char *buffer, int size);
XMLPUBFUN xmlRelaxNGParserCtxtPtr XMLCALL xmlRelaxNGNewDocParserCtxt(xmlDocPtr doc);
XMLPUBFUN int XMLCALL xmlRelaxParserSetFlag(xmlRelaxNGParserCtxtPtr ctxt, int flag);
XMLPUBFUN void XMLCALL xmlRelaxNGFreeParserCtxt(xmlRelaxNGParserCtxtPtr ctxt);
XMLPUBFUN int XMLCALL xmlRelaxParserSetIncLImit(xmlRelaxNGParserCtxtPtr ctxt, int limit);
XMLPUBFUN void XMLCALL xmlRelaxNGSetParserErrors(xmlRelaxNGParserCtxtPtr ctxt,
                                                 xmlRelaxNGValidityErrorFunc err,
                                                 xmlRelaxNGValidityWarningFunc warn, void *ctx);
XMLPUBFUN int XMLCALL xmlRelaxNGGetParserErrors(xmlRelaxNGParserCtxtPtr ctxt,
                                                xmlRelaxNGValidityErrorFunc *err,
                                                xmlRelaxNGValidityWarningFunc *warn, void **ctx);
XMLPUBFUN void XMLCALL
    xmlRelaxNGSetParserStructuredErrors(xmlRelaxNGParserCtxtPtr ctxt, xmlStructuredErrorFunc serror,
                                        void *ctx);

/* Parsing, freeing and dumping schemas. */
XMLPUBFUN xmlRelaxNGPtr XMLCALL xmlRelaxNGParse(xmlRelaxNGParserCtxtPtr ctxt);
XMLPUBFUN void XMLCALL xmlRelaxNGFree(xmlRelaxNGPtr schema);
XMLPUBFUN void XMLCALL xmlRelaxNGDump(FILE *output, xmlRelaxNGPtr schema);
XMLPUBFUN void XMLCALL xmlRelaxNGDumpTree(FILE *output, xmlRelaxNGPtr schema);

/* RELAX NG validation contexts and their error handlers. */
XMLPUBFUN void XMLCALL xmlRelaxNGSetValidErrors(xmlRelaxNGValidCtxtPtr ctxt,
                                                xmlRelaxNGValidityErrorFunc err,
                                                xmlRelaxNGValidityWarningFunc warn, void *ctx);
XMLPUBFUN int XMLCALL xmlRelaxNGGetValidErrors(xmlRelaxNGValidCtxtPtr ctxt,
                                               xmlRelaxNGValidityErrorFunc *err,
                                               xmlRelaxNGValidityWarningFunc *warn, void **ctx);
XMLPUBFUN void XMLCALL
    xmlRelaxNGSetValidStructuredErrors(xmlRelaxNGValidCtxtPtr ctxt, xmlStructuredErrorFunc serror,
                                       void *ctx);
XMLPUBFUN xmlRelaxNGValidCtxtPtr XMLCALL xmlRelaxNGNewValidCtxt(xmlRelaxNGPtr schema);
XMLPUBFUN void XMLCALL xmlRelaxNGFreeValidCtxt(xmlRelaxNGValidCtxtPtr ctxt);

/* Validating documents, or element by element. */
XMLPUBFUN int XMLCALL xmlRelaxNGValidateDoc(xmlRelaxNGValidCtxtPtr ctxt, xmlDocPtr doc);
XMLPUBFUN int XMLCALL xmlRelaxNGValidatePushElement(xmlRelaxNGValidCtxtPtr ctxt, xmlDocPtr doc,
                                                    xmlNodePtr elem);
XMLPUBFUN int XMLCALL xmlRelaxNGValidatePushCData(xmlRelaxNGValidCtxtPtr ctxt, const xmlChar *data,
                                                  int len);
XMLPUBFUN int XMLCALL xmlRelaxNGValidatePopElement(xmlRelaxNGValidCtxtPtr ctxt, xmlDocPtr doc,
                                                   xmlNodePtr elem);
XMLPUBFUN int XMLCALL xmlRelaxNGValidateFullElement(xmlRelaxNGValidCtxtPtr ctxt, xmlDocPtr doc,
                                                    xmlNodePtr elem);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_RELAXNG_H */
