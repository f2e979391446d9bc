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
