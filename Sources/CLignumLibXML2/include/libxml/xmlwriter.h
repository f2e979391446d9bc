/*
 * Lignum's libxml2-compatible C interface: the streaming writer.
 */
#ifndef LIGNUM_LIBXML_XMLWRITER_H
#define LIGNUM_LIBXML_XMLWRITER_H

#include <stdarg.h>
#include <libxml/xmlversion.h>
#include <libxml/xmlIO.h>
#include <libxml/list.h>
#include <libxml/xmlstring.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A writer; private. */
typedef struct _xmlTextWriter xmlTextWriter;
typedef xmlTextWriter *xmlTextWriterPtr;

/* Other names of two writer functions. */
#define xmlTextWriterWriteDocType xmlTextWriterWriteDTD
#define xmlTextWriterWriteProcessingInstruction xmlTextWriterWritePI

/* Writers over an output buffer, a file, memory, a push parser or a tree. */
XMLPUBFUN xmlTextWriterPtr XMLCALL xmlNewTextWriter(xmlOutputBufferPtr out);
XMLPUBFUN xmlTextWriterPtr XMLCALL xmlNewTextWriterFilename(const char *uri, int compression);
XMLPUBFUN xmlTextWriterPtr XMLCALL xmlNewTextWriterMemory(xmlBufferPtr buf, int compression);
XMLPUBFUN xmlTextWriterPtr XMLCALL
    xmlNewTextWriterPushParser(xmlParserCtxtPtr ctxt, int compression);
XMLPUBFUN xmlTextWriterPtr XMLCALL xmlNewTextWriterDoc(xmlDocPtr *doc, int compression);
XMLPUBFUN xmlTextWriterPtr XMLCALL xmlNewTextWriterTree(xmlDocPtr doc, xmlNodePtr node,
                                                        int compression);
XMLPUBFUN void XMLCALL xmlFreeTextWriter(xmlTextWriterPtr writer);

/* Document and comments. */
XMLPUBFUN int XMLCALL xmlTextWriterStartDocument(xmlTextWriterPtr writer, const char *version,
                                                 const char *encoding, const char *standalone);
XMLPUBFUN int XMLCALL xmlTextWriterEndDocument(xmlTextWriterPtr writer);
XMLPUBFUN int XMLCALL xmlTextWriterStartComment(xmlTextWriterPtr writer);
XMLPUBFUN int XMLCALL xmlTextWriterEndComment(xmlTextWriterPtr writer);
XMLPUBFUN int XMLCALL xmlTextWriterWriteFormatComment(xmlTextWriterPtr writer, const char *format,
                                                      ...)
    LIBXML_ATTR_FORMAT(2, 3);
XMLPUBFUN int XMLCALL xmlTextWriterWriteVFormatComment(xmlTextWriterPtr writer, const char *format,
                                                       va_list argptr)
    LIBXML_ATTR_FORMAT(2, 0);
XMLPUBFUN int XMLCALL xmlTextWriterWriteComment(xmlTextWriterPtr writer, const xmlChar *content);

/* Elements. */
XMLPUBFUN int XMLCALL xmlTextWriterStartElement(xmlTextWriterPtr writer, const xmlChar *name);
XMLPUBFUN int XMLCALL xmlTextWriterStartElementNS(xmlTextWriterPtr writer, const xmlChar *prefix,
                                                  const xmlChar *name, const xmlChar *namespaceURI);
XMLPUBFUN int XMLCALL xmlTextWriterEndElement(xmlTextWriterPtr writer);
XMLPUBFUN int XMLCALL xmlTextWriterFullEndElement(xmlTextWriterPtr writer);
XMLPUBFUN int XMLCALL xmlTextWriterWriteFormatElement(xmlTextWriterPtr writer, const xmlChar *name,
                                                      const char *format, ...)
    LIBXML_ATTR_FORMAT(3, 4);
XMLPUBFUN int XMLCALL xmlTextWriterWriteVFormatElement(xmlTextWriterPtr writer, const xmlChar *name,
                                                       const char *format, va_list argptr)
    LIBXML_ATTR_FORMAT(3, 0);
XMLPUBFUN int XMLCALL xmlTextWriterWriteElement(xmlTextWriterPtr writer, const xmlChar *name,
                                                const xmlChar *content);
XMLPUBFUN int XMLCALL xmlTextWriterWriteFormatElementNS(xmlTextWriterPtr writer,
                                                        const xmlChar *prefix, const xmlChar *name,
                                                        const xmlChar *namespaceURI,
                                                        const char *format, ...)
    LIBXML_ATTR_FORMAT(5, 6);
XMLPUBFUN int XMLCALL
    xmlTextWriterWriteVFormatElementNS(xmlTextWriterPtr writer, const xmlChar *prefix,
                                       const xmlChar *name, const xmlChar *namespaceURI,
                                       const char *format, va_list argptr)
    LIBXML_ATTR_FORMAT(5, 0);
XMLPUBFUN int XMLCALL xmlTextWriterWriteElementNS(xmlTextWriterPtr writer, const xmlChar *prefix,
                                                  const xmlChar *name, const xmlChar *namespaceURI,
                                                  const xmlChar *content);

/* Raw and escaped text, base64 and hexadecimal. */
XMLPUBFUN int XMLCALL xmlTextWriterWriteFormatRaw(xmlTextWriterPtr writer, const char *format, ...)
    LIBXML_ATTR_FORMAT(2, 3);
XMLPUBFUN int XMLCALL xmlTextWriterWriteVFormatRaw(xmlTextWriterPtr writer, const char *format,
                                                   va_list argptr)
    LIBXML_ATTR_FORMAT(2, 0);
XMLPUBFUN int XMLCALL xmlTextWriterWriteRawLen(xmlTextWriterPtr writer, const xmlChar *content,
                                               int len);
XMLPUBFUN int XMLCALL xmlTextWriterWriteRaw(xmlTextWriterPtr writer, const xmlChar *content);
XMLPUBFUN int XMLCALL xmlTextWriterWriteFormatString(xmlTextWriterPtr writer, const char *format,
                                                     ...)
    LIBXML_ATTR_FORMAT(2, 3);
XMLPUBFUN int XMLCALL xmlTextWriterWriteVFormatString(xmlTextWriterPtr writer, const char *format,
                                                      va_list argptr)
    LIBXML_ATTR_FORMAT(2, 0);
XMLPUBFUN int XMLCALL xmlTextWriterWriteString(xmlTextWriterPtr writer, const xmlChar *content);
XMLPUBFUN int XMLCALL xmlTextWriterWriteBase64(xmlTextWriterPtr writer, const char *data, int start,
                                               int len);
XMLPUBFUN int XMLCALL xmlTextWriterWriteBinHex(xmlTextWriterPtr writer, const char *data, int start,
                                               int len);

/* Attributes. */
XMLPUBFUN int XMLCALL xmlTextWriterStartAttribute(xmlTextWriterPtr writer, const xmlChar *name);
XMLPUBFUN int XMLCALL xmlTextWriterStartAttributeNS(xmlTextWriterPtr writer, const xmlChar *prefix,
                                                    const xmlChar *name,
                                                    const xmlChar *namespaceURI);
XMLPUBFUN int XMLCALL xmlTextWriterEndAttribute(xmlTextWriterPtr writer);
XMLPUBFUN int XMLCALL xmlTextWriterWriteFormatAttribute(xmlTextWriterPtr writer,
                                                        const xmlChar *name, const char *format,
                                                        ...)
    LIBXML_ATTR_FORMAT(3, 4);
XMLPUBFUN int XMLCALL
    xmlTextWriterWriteVFormatAttribute(xmlTextWriterPtr writer, const xmlChar *name,
                                       const char *format, va_list argptr)
    LIBXML_ATTR_FORMAT(3, 0);
XMLPUBFUN int XMLCALL xmlTextWriterWriteAttribute(xmlTextWriterPtr writer, const xmlChar *name,
                                                  const xmlChar *content);
XMLPUBFUN int XMLCALL
    xmlTextWriterWriteFormatAttributeNS(xmlTextWriterPtr writer, const xmlChar *prefix,
                                        const xmlChar *name, const xmlChar *namespaceURI,
                                        const char *format, ...)
    LIBXML_ATTR_FORMAT(5, 6);
XMLPUBFUN int XMLCALL
    xmlTextWriterWriteVFormatAttributeNS(xmlTextWriterPtr writer, const xmlChar *prefix,
                                         const xmlChar *name, const xmlChar *namespaceURI,
                                         const char *format, va_list argptr)
    LIBXML_ATTR_FORMAT(5, 0);
XMLPUBFUN int XMLCALL xmlTextWriterWriteAttributeNS(xmlTextWriterPtr writer, const xmlChar *prefix,
                                                    const xmlChar *name,
                                                    const xmlChar *namespaceURI,
                                                    const xmlChar *content);

/* Processing instructions. */
XMLPUBFUN int XMLCALL xmlTextWriterStartPI(xmlTextWriterPtr writer, const xmlChar *target);
XMLPUBFUN int XMLCALL xmlTextWriterEndPI(xmlTextWriterPtr writer);
XMLPUBFUN int XMLCALL xmlTextWriterWriteFormatPI(xmlTextWriterPtr writer, const xmlChar *target,
                                                 const char *format, ...)
    LIBXML_ATTR_FORMAT(3, 4);
XMLPUBFUN int XMLCALL xmlTextWriterWriteVFormatPI(xmlTextWriterPtr writer, const xmlChar *target,
                                                  const char *format, va_list argptr)
    LIBXML_ATTR_FORMAT(3, 0);
XMLPUBFUN int XMLCALL xmlTextWriterWritePI(xmlTextWriterPtr writer, const xmlChar *target,
                                           const xmlChar *content);

/* CDATA sections. */
XMLPUBFUN int XMLCALL xmlTextWriterStartCDATA(xmlTextWriterPtr writer);
XMLPUBFUN int XMLCALL xmlTextWriterEndCDATA(xmlTextWriterPtr writer);
XMLPUBFUN int XMLCALL xmlTextWriterWriteFormatCDATA(xmlTextWriterPtr writer, const char *format,
                                                    ...)
    LIBXML_ATTR_FORMAT(2, 3);
XMLPUBFUN int XMLCALL xmlTextWriterWriteVFormatCDATA(xmlTextWriterPtr writer, const char *format,
                                                     va_list argptr)
    LIBXML_ATTR_FORMAT(2, 0);
XMLPUBFUN int XMLCALL xmlTextWriterWriteCDATA(xmlTextWriterPtr writer, const xmlChar *content);

/* Document type declarations. */
XMLPUBFUN int XMLCALL xmlTextWriterStartDTD(xmlTextWriterPtr writer, const xmlChar *name,
                                            const xmlChar *pubid, const xmlChar *sysid);
XMLPUBFUN int XMLCALL xmlTextWriterEndDTD(xmlTextWriterPtr writer);
XMLPUBFUN int XMLCALL xmlTextWriterWriteFormatDTD(xmlTextWriterPtr writer, const xmlChar *name,
                                                  const xmlChar *pubid, const xmlChar *sysid,
                                                  const char *format, ...)
    LIBXML_ATTR_FORMAT(5, 6);
XMLPUBFUN int XMLCALL xmlTextWriterWriteVFormatDTD(xmlTextWriterPtr writer, const xmlChar *name,
                                                   const xmlChar *pubid, const xmlChar *sysid,
                                                   const char *format, va_list argptr)
    LIBXML_ATTR_FORMAT(5, 0);
XMLPUBFUN int XMLCALL xmlTextWriterWriteDTD(xmlTextWriterPtr writer, const xmlChar *name,
                                            const xmlChar *pubid, const xmlChar *sysid,
                                            const xmlChar *subset);

/* Element declarations. */
XMLPUBFUN int XMLCALL xmlTextWriterStartDTDElement(xmlTextWriterPtr writer, const xmlChar *name);
XMLPUBFUN int XMLCALL xmlTextWriterEndDTDElement(xmlTextWriterPtr writer);
XMLPUBFUN int XMLCALL
    xmlTextWriterWriteFormatDTDElement(xmlTextWriterPtr writer, const xmlChar *name,
                                       const char *format, ...)
    LIBXML_ATTR_FORMAT(3, 4);
XMLPUBFUN int XMLCALL
    xmlTextWriterWriteVFormatDTDElement(xmlTextWriterPtr writer, const xmlChar *name,
                                        const char *format, va_list argptr)
    LIBXML_ATTR_FORMAT(3, 0);
XMLPUBFUN int XMLCALL xmlTextWriterWriteDTDElement(xmlTextWriterPtr writer, const xmlChar *name,
                                                   const xmlChar *content);

/* Attribute-list declarations. */
XMLPUBFUN int XMLCALL xmlTextWriterStartDTDAttlist(xmlTextWriterPtr writer, const xmlChar *name);
XMLPUBFUN int XMLCALL xmlTextWriterEndDTDAttlist(xmlTextWriterPtr writer);
XMLPUBFUN int XMLCALL
    xmlTextWriterWriteFormatDTDAttlist(xmlTextWriterPtr writer, const xmlChar *name,
                                       const char *format, ...)
    LIBXML_ATTR_FORMAT(3, 4);
XMLPUBFUN int XMLCALL
    xmlTextWriterWriteVFormatDTDAttlist(xmlTextWriterPtr writer, const xmlChar *name,
                                        const char *format, va_list argptr)
    LIBXML_ATTR_FORMAT(3, 0);
XMLPUBFUN int XMLCALL xmlTextWriterWriteDTDAttlist(xmlTextWriterPtr writer, const xmlChar *name,
                                                   const xmlChar *content);

/* Entity and notation declarations. */
XMLPUBFUN int XMLCALL xmlTextWriterStartDTDEntity(xmlTextWriterPtr writer, int pe,
                                                  const xmlChar *name);
XMLPUBFUN int XMLCALL xmlTextWriterEndDTDEntity(xmlTextWriterPtr writer);
XMLPUBFUN int XMLCALL
    xmlTextWriterWriteFormatDTDInternalEntity(xmlTextWriterPtr writer, int pe, const xmlChar *name,
                                              const char *format, ...)
    LIBXML_ATTR_FORMAT(4, 5);
XMLPUBFUN int XMLCALL
    xmlTextWriterWriteVFormatDTDInternalEntity(xmlTextWriterPtr writer, int pe, const xmlChar *name,
                                               const char *format, va_list argptr)
    LIBXML_ATTR_FORMAT(4, 0);
XMLPUBFUN int XMLCALL
    xmlTextWriterWriteDTDInternalEntity(xmlTextWriterPtr writer, int pe, const xmlChar *name,
                                        const xmlChar *content);
XMLPUBFUN int XMLCALL
    xmlTextWriterWriteDTDExternalEntity(xmlTextWriterPtr writer, int pe, const xmlChar *name,
                                        const xmlChar *pubid, const xmlChar *sysid,
                                        const xmlChar *ndataid);
XMLPUBFUN int XMLCALL
    xmlTextWriterWriteDTDExternalEntityContents(xmlTextWriterPtr writer, const xmlChar *pubid,
                                                const xmlChar *sysid, const xmlChar *ndataid);
XMLPUBFUN int XMLCALL xmlTextWriterWriteDTDEntity(xmlTextWriterPtr writer, int pe,
                                                  const xmlChar *name, const xmlChar *pubid,
                                                  const xmlChar *sysid, const xmlChar *ndataid,
                                                  const xmlChar *content);
XMLPUBFUN int XMLCALL xmlTextWriterWriteDTDNotation(xmlTextWriterPtr writer, const xmlChar *name,
                                                    const xmlChar *pubid, const xmlChar *sysid);

/* Indentation, quoting and flushing. */
XMLPUBFUN int XMLCALL xmlTextWriterSetIndent(xmlTextWriterPtr writer, int indent);
XMLPUBFUN int XMLCALL xmlTextWriterSetIndentString(xmlTextWriterPtr writer, const xmlChar *str);
XMLPUBFUN int XMLCALL xmlTextWriterSetQuoteChar(xmlTextWriterPtr writer, xmlChar quotechar);
XMLPUBFUN int XMLCALL xmlTextWriterFlush(xmlTextWriterPtr writer);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_XMLWRITER_H */
