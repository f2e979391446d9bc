/*
 * Lignum's libxml2-compatible C interface: parsed URI references (RFC 3986).
 */
#ifndef LIGNUM_LIBXML_URI_H
#define LIGNUM_LIBXML_URI_H

#include <libxml/xmlversion.h>
#include <libxml/tree.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A URI split into its parts; absent parts are NULL (port: 0). */
typedef struct _xmlURI xmlURI;
typedef xmlURI *xmlURIPtr;
struct _xmlURI {
    char *scheme;
    char *opaque;                     /* everything after the scheme of an opaque URI */
    char *authority;                  /* a registry-based authority */
    char *server;
    char *user;
    int port;
    char *path;
    char *query;                      /* decoded */
    char *fragment;
    int cleanup;                      /* parsing and escaping flags */
    char *query_raw;                  /* as written, still escaped */
};

/* Building, resolving and parsing URI references. */
XMLPUBFUN xmlURIPtr XMLCALL xmlCreateURI(void);
XMLPUBFUN xmlChar *XMLCALL xmlBuildURI(const xmlChar *URI, const xmlChar *base);
XMLPUBFUN xmlChar *XMLCALL xmlBuildRelativeURI(const xmlChar *URI, const xmlChar *base);
XMLPUBFUN xmlURIPtr XMLCALL xmlParseURI(const char *str);
XMLPUBFUN xmlURIPtr XMLCALL xmlParseURIRaw(const char *str, int raw);
XMLPUBFUN int XMLCALL xmlParseURIReference(xmlURIPtr uri, const char *str);

/* Printing, escaping and normalizing URIs. */
XMLPUBFUN xmlChar *XMLCALL xmlSaveUri(xmlURIPtr uri);
XMLPUBFUN void XMLCALL xmlPrintURI(FILE *stream, xmlURIPtr uri);
XMLPUBFUN xmlChar *XMLCALL xmlURIEscapeStr(const xmlChar *str, const xmlChar *list);
XMLPUBFUN char *XMLCALL xmlURIUnescapeString(const char *str, int len, char *target);
XMLPUBFUN int XMLCALL xmlNormalizeURIPath(char *path);
XMLPUBFUN xmlChar *XMLCALL xmlURIEscape(const xmlChar *str);

/* Freeing URIs and converting file paths. */
XMLPUBFUN void XMLCALL xmlFreeURI(xmlURIPtr uri);
XMLPUBFUN xmlChar *XMLCALL xmlCanonicPath(const xmlChar *path);
XMLPUBFUN xmlChar *XMLCALL xmlPathToURI(const xmlChar *path);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_URI_H */
