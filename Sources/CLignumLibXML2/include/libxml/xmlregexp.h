/*
 * Lignum's libxml2-compatible C interface: compiled regular expressions (the XML Schemas
 * dialect) and their incremental matching contexts.
 */
#ifndef LIGNUM_LIBXML_XMLREGEXP_H
#define LIGNUM_LIBXML_XMLREGEXP_H

/* Member of the core group of headers; globals.h explains the two marker macros. */
#ifndef LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_OUTER_XMLREGEXP
#endif

#include <libxml/xmlversion.h>
#include <libxml/xmlstring.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A compiled expression; its contents are private. */
typedef struct _xmlRegexp xmlRegexp;
typedef xmlRegexp *xmlRegexpPtr;

/* The state of a match fed one token at a time; private. */
typedef struct _xmlRegExecCtxt xmlRegExecCtxt;
typedef xmlRegExecCtxt *xmlRegExecCtxtPtr;

/* Called for each token the progressive matcher accepts. */
typedef void (*xmlRegExecCallbacks)(xmlRegExecCtxtPtr exec, const xmlChar *token,
                                    void *transdata, void *inputdata);

#ifdef __cplusplus
}
#endif

#ifdef LIGNUM_LIBXML_CORE_OUTER_XMLREGEXP
#undef LIGNUM_LIBXML_CORE_OUTER_XMLREGEXP
#undef LIGNUM_LIBXML_CORE_BUSY
#include <libxml/globals.h>
#endif

#endif /* LIGNUM_LIBXML_XMLREGEXP_H */

/*
 * The functions of this header, declared once every type of the core group is defined
 * (globals.h explains when).
 */
#if !defined(LIGNUM_LIBXML_CORE_BUSY) && !defined(LIGNUM_LIBXML_XMLREGEXP_FUNCTIONS)
#define LIGNUM_LIBXML_XMLREGEXP_FUNCTIONS

#ifdef __cplusplus
extern "C" {
#endif

/* Compiling and running regular expressions. */
XMLPUBFUN xmlRegexpPtr XMLCALL xmlRegexpCompile(const xmlChar *regexp);
XMLPUBFUN void XMLCALL xmlRegFreeRegexp(xmlRegexpPtr regexp);
XMLPUBFUN int XMLCALL xmlRegexpExec(xmlRegexpPtr comp, const xmlChar *value);
XMLPUBFUN void XMLCALL xmlRegexpPrint(FILE *output, xmlRegexpPtr regexp);
XMLPUBFUN int XMLCALL xmlRegexpIsDeterminist(xmlRegexpPtr comp);

/* Feeding a regular expression one token at a time. */
XMLPUBFUN xmlRegExecCtxtPtr XMLCALL xmlRegNewExecCtxt(xmlRegexpPtr comp,
                                                      xmlRegExecCallbacks callback, void *data);
XMLPUBFUN void XMLCALL xmlRegFreeExecCtxt(xmlRegExecCtxtPtr exec);
XMLPUBFUN int XMLCALL xmlRegExecPushString(xmlRegExecCtxtPtr exec, const xmlChar *value,
                                           void *data);
XMLPUBFUN int XMLCALL xmlRegExecPushString2(xmlRegExecCtxtPtr exec, const xmlChar *value,
                                            const xmlChar *value2, void *data);
XMLPUBFUN int XMLCALL xmlRegExecNextValues(xmlRegExecCtxtPtr exec, int *nbval, int *nbneg,
                                           xmlChar **values, int *terminal);
XMLPUBFUN int XMLCALL xmlRegExecErrInfo(xmlRegExecCtxtPtr exec, const xmlChar **string, int *nbval,
                                        int *nbneg, xmlChar **values, int *terminal);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_XMLREGEXP_FUNCTIONS */
