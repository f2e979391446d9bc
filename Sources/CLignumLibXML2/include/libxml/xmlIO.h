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
