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

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_URI_H */
