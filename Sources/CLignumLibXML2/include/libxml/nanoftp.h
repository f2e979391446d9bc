/*
 * Lignum's libxml2-compatible C interface: the minimal FTP client.
 */
#ifndef LIGNUM_LIBXML_NANOFTP_H
#define LIGNUM_LIBXML_NANOFTP_H

#include <libxml/xmlversion.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A socket descriptor, and the value of none. */
#define SOCKET int
#define INVALID_SOCKET (-1)

/* Receives one entry of a directory listing. */
typedef void (*ftpListCallback)(void *userData, const char *filename, const char *attrib,
                                const char *owner, const char *group, unsigned long size,
                                int links, int year, const char *month, int day, int hour,
                                int minute);
/* Receives a chunk of a downloaded file. */
typedef void (*ftpDataCallback)(void *userData, const char *data, int len);

/* Setting up the FTP client and its connections. */
XMLPUBFUN void XMLCALL xmlNanoFTPInit(void);
XMLPUBFUN void XMLCALL xmlNanoFTPCleanup(void);
XMLPUBFUN void *XMLCALL xmlNanoFTPNewCtxt(const char *URL);
XMLPUBFUN void XMLCALL xmlNanoFTPFreeCtxt(void *ctx);
XMLPUBFUN void *XMLCALL xmlNanoFTPConnectTo(const char *server, int port);
XMLPUBFUN void *XMLCALL xmlNanoFTPOpen(const char *URL);
XMLPUBFUN int XMLCALL xmlNanoFTPConnect(void *ctx);
XMLPUBFUN int XMLCALL xmlNanoFTPClose(void *ctx);
XMLPUBFUN int XMLCALL xmlNanoFTPQuit(void *ctx);

/* FTP proxy settings. */
XMLPUBFUN void XMLCALL xmlNanoFTPScanProxy(const char *URL);
XMLPUBFUN void XMLCALL xmlNanoFTPProxy(const char *host, int port, const char *user,
                                       const char *passwd, int type);

/* FTP commands and data transfers. */
XMLPUBFUN int XMLCALL xmlNanoFTPUpdateURL(void *ctx, const char *URL);
XMLPUBFUN int XMLCALL xmlNanoFTPGetResponse(void *ctx);
XMLPUBFUN int XMLCALL xmlNanoFTPCheckResponse(void *ctx);
XMLPUBFUN int XMLCALL xmlNanoFTPCwd(void *ctx, const char *directory);
XMLPUBFUN int XMLCALL xmlNanoFTPDele(void *ctx, const char *file);
XMLPUBFUN SOCKET XMLCALL xmlNanoFTPGetConnection(void *ctx);
XMLPUBFUN int XMLCALL xmlNanoFTPCloseConnection(void *ctx);
XMLPUBFUN int XMLCALL xmlNanoFTPList(void *ctx, ftpListCallback callback, void *userData,
                                     const char *filename);
XMLPUBFUN SOCKET XMLCALL xmlNanoFTPGetSocket(void *ctx, const char *filename);
XMLPUBFUN int XMLCALL xmlNanoFTPGet(void *ctx, ftpDataCallback callback, void *userData,
                                    const char *filename);
XMLPUBFUN int XMLCALL xmlNanoFTPRead(void *ctx, void *dest, int len);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_NANOFTP_H */
