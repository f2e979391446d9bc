/*
 * Lignum's libxml2-compatible C interface: input and output buffers and the callbacks
 * that move bytes through them.
 */
#ifndef LIGNUM_LIBXML_XMLIO_H
#define LIGNUM_LIBXML_XMLIO_H

/* Member of the core group of headers; globals.h explains the two marker macros. */
#ifndef LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_OUTER_XMLIO
#endif

#include <stdio.h>
#include <libxml/xmlversion.h>
#include <libxml/tree.h>
#include <libxml/encoding.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Input callbacks: whether a name is handled, open it, read up to len bytes, close. */
typedef int (XMLCALL *xmlInputMatchCallback)(char const *filename);
typedef void *(XMLCALL *xmlInputOpenCallback)(char const *filename);
typedef int (XMLCALL *xmlInputReadCallback)(void *context, char *buffer, int len);
typedef int (XMLCALL *xmlInputCloseCallback)(void *context);

/* Output callbacks: whether a name is handled, open it, write len bytes, close. */
typedef int (XMLCALL *xmlOutputMatchCallback)(char const *filename);
typedef void *(XMLCALL *xmlOutputOpenCallback)(char const *filename);
typedef int (XMLCALL *xmlOutputWriteCallback)(void *context, const char *buffer, int len);
typedef int (XMLCALL *xmlOutputCloseCallback)(void *context);

/* Bytes read from a source, converted to UTF-8 when an encoder is set. */
struct _xmlParserInputBuffer {
    void *context;
    xmlInputReadCallback readcallback;
    xmlInputCloseCallback closecallback;
    xmlCharEncodingHandlerPtr encoder;
    xmlBufPtr buffer;                 /* UTF-8 text ready for the parser */
    xmlBufPtr raw;                    /* bytes not yet converted */
    int compressed;
    int error;
    unsigned long rawconsumed;        /* raw bytes converted so far */
};

/* Bytes written to a sink, converted from UTF-8 when an encoder is set. */
struct _xmlOutputBuffer {
    void *context;
    xmlOutputWriteCallback writecallback;
    xmlOutputCloseCallback closecallback;
    xmlCharEncodingHandlerPtr encoder;
    xmlBufPtr buffer;                 /* UTF-8 text not yet written */
    xmlBufPtr conv;                   /* converted bytes not yet written */
    int written;                      /* bytes written so far */
    int error;
};

#ifdef __cplusplus
}
#endif

#ifdef LIGNUM_LIBXML_CORE_OUTER_XMLIO
#undef LIGNUM_LIBXML_CORE_OUTER_XMLIO
#undef LIGNUM_LIBXML_CORE_BUSY
#include <libxml/globals.h>
#endif

#endif /* LIGNUM_LIBXML_XMLIO_H */

/*
 * The functions of this header, declared once every type of the core group is defined
 * (globals.h explains when).
 */
#if !defined(LIGNUM_LIBXML_CORE_BUSY) && !defined(LIGNUM_LIBXML_XMLIO_FUNCTIONS)
#define LIGNUM_LIBXML_XMLIO_FUNCTIONS

#ifdef __cplusplus
extern "C" {
#endif

/* The registered input handlers. */
XMLPUBFUN void XMLCALL xmlCleanupInputCallbacks(void);
XMLPUBFUN int XMLCALL xmlPopInputCallbacks(void);
XMLPUBFUN void XMLCALL xmlRegisterDefaultInputCallbacks(void);

/* Input buffers: creating, filling and freeing. */
XMLPUBFUN xmlParserInputBufferPtr XMLCALL xmlAllocParserInputBuffer(xmlCharEncoding enc);
XMLPUBFUN xmlParserInputBufferPtr XMLCALL
    xmlParserInputBufferCreateFilename(const char *URI, xmlCharEncoding enc);
XMLPUBFUN xmlParserInputBufferPtr XMLCALL
    xmlParserInputBufferCreateFile(FILE *file, xmlCharEncoding enc);
XMLPUBFUN xmlParserInputBufferPtr XMLCALL xmlParserInputBufferCreateFd(int fd, xmlCharEncoding enc);
XMLPUBFUN xmlParserInputBufferPtr XMLCALL
    xmlParserInputBufferCreateMem(const char *mem, int size, xmlCharEncoding enc);
XMLPUBFUN xmlParserInputBufferPtr XMLCALL
    xmlParserInputBufferCreateStatic(const char *mem, int size, xmlCharEncoding enc);
XMLPUBFUN xmlParserInputBufferPtr XMLCALL
    xmlParserInputBufferCreateIO(xmlInputReadCallback ioread, xmlInputCloseCallback ioclose,
                                 void *ioctx, xmlCharEncoding enc);
XMLPUBFUN int XMLCALL xmlParserInputBufferRead(xmlParserInputBufferPtr in, int len);
XMLPUBFUN int XMLCALL xmlParserInputBufferGrow(xmlParserInputBufferPtr in, int len);
XMLPUBFUN int XMLCALL xmlParserInputBufferPush(xmlParserInputBufferPtr in, int len,
                                               const char *buf);
XMLPUBFUN void XMLCALL xmlFreeParserInputBuffer(xmlParserInputBufferPtr in);

/* Directory of a file name, and registering input handlers. */
XMLPUBFUN char *XMLCALL xmlParserGetDirectory(const char *filename);
XMLPUBFUN int XMLCALL xmlRegisterInputCallbacks(xmlInputMatchCallback matchFunc,
                                                xmlInputOpenCallback openFunc,
                                                xmlInputReadCallback readFunc,
                                                xmlInputCloseCallback closeFunc);

/* The built-in constructor behind xmlParserInputBufferCreateFilename. */
XMLPUBFUN xmlParserInputBufferPtr XMLCALL
    __xmlParserInputBufferCreateFilename(const char *URI, xmlCharEncoding enc);

/* The registered output handlers. */
XMLPUBFUN void XMLCALL xmlCleanupOutputCallbacks(void);
XMLPUBFUN int XMLCALL xmlPopOutputCallbacks(void);
XMLPUBFUN void XMLCALL xmlRegisterDefaultOutputCallbacks(void);

/* Output buffers: creating, writing, flushing and closing. */
XMLPUBFUN xmlOutputBufferPtr XMLCALL xmlAllocOutputBuffer(xmlCharEncodingHandlerPtr encoder);
XMLPUBFUN xmlOutputBufferPtr XMLCALL
    xmlOutputBufferCreateFilename(const char *URI, xmlCharEncodingHandlerPtr encoder,
                                  int compression);
XMLPUBFUN xmlOutputBufferPtr XMLCALL
    xmlOutputBufferCreateFile(FILE *file, xmlCharEncodingHandlerPtr encoder);
XMLPUBFUN xmlOutputBufferPtr XMLCALL
    xmlOutputBufferCreateBuffer(xmlBufferPtr buffer, xmlCharEncodingHandlerPtr encoder);
XMLPUBFUN xmlOutputBufferPtr XMLCALL
    xmlOutputBufferCreateFd(int fd, xmlCharEncodingHandlerPtr encoder);
XMLPUBFUN xmlOutputBufferPtr XMLCALL
    xmlOutputBufferCreateIO(xmlOutputWriteCallback iowrite, xmlOutputCloseCallback ioclose,
                            void *ioctx, xmlCharEncodingHandlerPtr encoder);
XMLPUBFUN const xmlChar *XMLCALL xmlOutputBufferGetContent(xmlOutputBufferPtr out);
XMLPUBFUN size_t XMLCALL xmlOutputBufferGetSize(xmlOutputBufferPtr out);
XMLPUBFUN int XMLCALL xmlOutputBufferWrite(xmlOutputBufferPtr out, int len, const char *buf);
XMLPUBFUN int XMLCALL xmlOutputBufferWriteString(xmlOutputBufferPtr out, const char *str);
XMLPUBFUN int XMLCALL xmlOutputBufferWriteEscape(xmlOutputBufferPtr out, const xmlChar *str,
                                                 xmlCharEncodingOutputFunc escaping);
XMLPUBFUN int XMLCALL xmlOutputBufferFlush(xmlOutputBufferPtr out);
XMLPUBFUN int XMLCALL xmlOutputBufferClose(xmlOutputBufferPtr out);

/* Registering output handlers. */
XMLPUBFUN int XMLCALL xmlRegisterOutputCallbacks(xmlOutputMatchCallback matchFunc,
                                                 xmlOutputOpenCallback openFunc,
                                                 xmlOutputWriteCallback writeFunc,
                                                 xmlOutputCloseCallback closeFunc);

/* The built-in constructor behind xmlOutputBufferCreateFilename. */
XMLPUBFUN xmlOutputBufferPtr XMLCALL
    __xmlOutputBufferCreateFilename(const char *URI, xmlCharEncodingHandlerPtr encoder,
                                    int compression);

/* HTTP output and checks of fetched input. */
XMLPUBFUN void XMLCALL xmlRegisterHTTPPostCallbacks(void);
XMLPUBFUN xmlParserInputPtr XMLCALL xmlCheckHTTPInput(xmlParserCtxtPtr ctxt, xmlParserInputPtr ret);

/* An entity loader that refuses network access. */
XMLPUBFUN xmlParserInputPtr XMLCALL
    xmlNoNetExternalEntityLoader(const char *URL, const char *ID, xmlParserCtxtPtr ctxt);

/* File names and the built-in file handlers. */
XMLPUBFUN xmlChar *XMLCALL xmlNormalizeWindowsPath(const xmlChar *path);
XMLPUBFUN int XMLCALL xmlCheckFilename(const char *path);
XMLPUBFUN int XMLCALL xmlFileMatch(const char *filename);
XMLPUBFUN void *XMLCALL xmlFileOpen(const char *filename);
XMLPUBFUN int XMLCALL xmlFileRead(void *context, char *buffer, int len);
XMLPUBFUN int XMLCALL xmlFileClose(void *context);

/* The built-in HTTP handlers. */
XMLPUBFUN int XMLCALL xmlIOHTTPMatch(const char *filename);
XMLPUBFUN void *XMLCALL xmlIOHTTPOpen(const char *filename);
XMLPUBFUN void *XMLCALL xmlIOHTTPOpenW(const char *post_uri, int compression);
XMLPUBFUN int XMLCALL xmlIOHTTPRead(void *context, char *buffer, int len);
XMLPUBFUN int XMLCALL xmlIOHTTPClose(void *context);

/* The built-in FTP handlers. */
XMLPUBFUN int XMLCALL xmlIOFTPMatch(const char *filename);
XMLPUBFUN void *XMLCALL xmlIOFTPOpen(const char *filename);
XMLPUBFUN int XMLCALL xmlIOFTPRead(void *context, char *buffer, int len);
XMLPUBFUN int XMLCALL xmlIOFTPClose(void *context);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_XMLIO_FUNCTIONS */
