/*
 * Lignum's libxml2-compatible C interface: serialisation contexts.
 */
#ifndef LIGNUM_LIBXML_XMLSAVE_H
#define LIGNUM_LIBXML_XMLSAVE_H

#include <libxml/xmlversion.h>
#include <libxml/tree.h>
#include <libxml/encoding.h>
#include <libxml/xmlIO.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Flags of a serialisation context. */
typedef enum {
    XML_SAVE_FORMAT   = 1,
    XML_SAVE_NO_DECL  = 2,
    XML_SAVE_NO_EMPTY = 4,
    XML_SAVE_NO_XHTML = 8,
    XML_SAVE_XHTML    = 16,
    XML_SAVE_AS_XML   = 32,
    XML_SAVE_AS_HTML  = 64,
    XML_SAVE_WSNONSIG = 128
} xmlSaveOption;

/* A serialisation in progress; private. */
typedef struct _xmlSaveCtxt xmlSaveCtxt;
typedef xmlSaveCtxt *xmlSaveCtxtPtr;

/* Serialization contexts: creating, saving, flushing and closing. */
XMLPUBFUN xmlSaveCtxtPtr XMLCALL xmlSaveToFd(int fd, const char *encoding, int options);
XMLPUBFUN xmlSaveCtxtPtr XMLCALL xmlSaveToFilename(const char *filename, const char *encoding,
                                                   int options);
XMLPUBFUN xmlSaveCtxtPtr XMLCALL xmlSaveToBuffer(xmlBufferPtr buffer, const char *encoding,
                                                 int options);
XMLPUBFUN xmlSaveCtxtPtr XMLCALL xmlSaveToIO(xmlOutputWriteCallback iowrite,
                                             xmlOutputCloseCallback ioclose, void *ioctx,
                                             const char *encoding, int options);
XMLPUBFUN long XMLCALL xmlSaveDoc(xmlSaveCtxtPtr ctxt, xmlDocPtr doc);
XMLPUBFUN long XMLCALL xmlSaveTree(xmlSaveCtxtPtr ctxt, xmlNodePtr node);
XMLPUBFUN int XMLCALL xmlSaveFlush(xmlSaveCtxtPtr ctxt);
XMLPUBFUN int XMLCALL xmlSaveClose(xmlSaveCtxtPtr ctxt);

/* Replacing the escaping of text and attribute values. */
XMLPUBFUN int XMLCALL xmlSaveSetEscape(xmlSaveCtxtPtr ctxt, xmlCharEncodingOutputFunc escape);
XMLPUBFUN int XMLCALL xmlSaveSetAttrEscape(xmlSaveCtxtPtr ctxt, xmlCharEncodingOutputFunc escape);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_XMLSAVE_H */
