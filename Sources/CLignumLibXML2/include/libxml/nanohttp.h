/*
 * Lignum's libxml2-compatible C interface: the minimal HTTP client.
 */
#ifndef LIGNUM_LIBXML_NANOHTTP_H
#define LIGNUM_LIBXML_NANOHTTP_H

#include <libxml/xmlversion.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Setting up the HTTP client. */
XMLPUBFUN void XMLCALL xmlNanoHTTPInit(void);
XMLPUBFUN void XMLCALL xmlNanoHTTPCleanup(void);
XMLPUBFUN void XMLCALL xmlNanoHTTPScanProxy(const char *URL);

/* HTTP requests. */
XMLPUBFUN int XMLCALL xmlNanoHTTPFetch(const char *URL, const char *filename, char **contentType);
XMLPUBFUN void *XMLCALL xmlNanoHTTPMethod(const char *URL, const char *method, const char *input,
                                          char **contentType, const char *headers, int ilen);
XMLPUBFUN void *XMLCALL xmlNanoHTTPMethodRedir(const char *URL, const char *method,
                                               const char *input, char **contentType, char **redir,
                                               const char *headers, int ilen);
XMLPUBFUN void *XMLCALL xmlNanoHTTPOpen(const char *URL, char **contentType);
XMLPUBFUN void *XMLCALL xmlNanoHTTPOpenRedir(const char *URL, char **contentType, char **redir);

/* Properties of an HTTP response. */
XMLPUBFUN int XMLCALL xmlNanoHTTPReturnCode(void *ctx);
XMLPUBFUN const char *XMLCALL xmlNanoHTTPAuthHeader(void *ctx);
XMLPUBFUN const char *XMLCALL xmlNanoHTTPRedir(void *ctx);
XMLPUBFUN int XMLCALL xmlNanoHTTPContentLength(void *ctx);
XMLPUBFUN const char *XMLCALL xmlNanoHTTPEncoding(void *ctx);
XMLPUBFUN const char *XMLCALL xmlNanoHTTPMimeType(void *ctx);

/* Reading, saving and closing an HTTP response body. */
XMLPUBFUN int XMLCALL xmlNanoHTTPRead(void *ctx, void *dest, int len);
XMLPUBFUN int XMLCALL xmlNanoHTTPSave(void *ctxt, const char *filename);
XMLPUBFUN void XMLCALL xmlNanoHTTPClose(void *ctx);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_NANOHTTP_H */
