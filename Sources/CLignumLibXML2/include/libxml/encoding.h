/*
 * Lignum's libxml2-compatible C interface: character encodings and conversion handlers.
 */
#ifndef LIGNUM_LIBXML_ENCODING_H
#define LIGNUM_LIBXML_ENCODING_H

/* Member of the core group of headers; globals.h explains the two marker macros. */
#ifndef LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_OUTER_ENCODING
#endif

#include <libxml/xmlversion.h>
#include <iconv.h>

/*
 * The ICU converter pair keeps ICU's types. When ICU's own headers have not been included
 * first, they are named here: UConverter stays incomplete and UChar is a 16-bit code unit
 * (the same types ICU declares, so including ICU later is also fine).
 */
#if !defined(UCNV_ERR_H) && !defined(LIGNUM_LIBXML_HAVE_UCONVERTER)
#define LIGNUM_LIBXML_HAVE_UCONVERTER
typedef struct UConverter UConverter;
#endif
#if !defined(__UMACHINE_H__) && !defined(LIGNUM_LIBXML_HAVE_UCHAR)
#define LIGNUM_LIBXML_HAVE_UCHAR
#ifdef __cplusplus
typedef char16_t UChar;
#else
typedef unsigned short UChar;
#endif
#endif

#include <libxml/tree.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Encodings the library knows by number. */
typedef enum {
    XML_CHAR_ENCODING_ERROR     = -1,
    XML_CHAR_ENCODING_NONE      = 0,
    XML_CHAR_ENCODING_UTF8      = 1,
    XML_CHAR_ENCODING_UTF16LE   = 2,
    XML_CHAR_ENCODING_UTF16BE   = 3,
    XML_CHAR_ENCODING_UCS4LE    = 4,
    XML_CHAR_ENCODING_UCS4BE    = 5,
    XML_CHAR_ENCODING_EBCDIC    = 6,
    XML_CHAR_ENCODING_UCS4_2143 = 7,
    XML_CHAR_ENCODING_UCS4_3412 = 8,
    XML_CHAR_ENCODING_UCS2      = 9,
    XML_CHAR_ENCODING_8859_1    = 10,
    XML_CHAR_ENCODING_8859_2    = 11,
    XML_CHAR_ENCODING_8859_3    = 12,
    XML_CHAR_ENCODING_8859_4    = 13,
    XML_CHAR_ENCODING_8859_5    = 14,
    XML_CHAR_ENCODING_8859_6    = 15,
    XML_CHAR_ENCODING_8859_7    = 16,
    XML_CHAR_ENCODING_8859_8    = 17,
    XML_CHAR_ENCODING_8859_9    = 18,
    XML_CHAR_ENCODING_2022_JP   = 19,
    XML_CHAR_ENCODING_SHIFT_JIS = 20,
    XML_CHAR_ENCODING_EUC_JP    = 21,
    XML_CHAR_ENCODING_ASCII     = 22
} xmlCharEncoding;

/*
 * Converts *inlen bytes of in into UTF-8 in out (room for *outlen bytes); on return
 * *inlen and *outlen hold the bytes consumed and written. Returns bytes written or < 0.
 */
typedef int (*xmlCharEncodingInputFunc)(unsigned char *out, int *outlen,
                                        const unsigned char *in, int *inlen);
/* The same, from UTF-8 into the handler's encoding. */
typedef int (*xmlCharEncodingOutputFunc)(unsigned char *out, int *outlen,
                                         const unsigned char *in, int *inlen);

/* Size, in UChar units, of the intermediate buffer of an ICU converter pair. */
#define ICU_PIVOT_BUF_SIZE 1024

/* An ICU converter pair with its intermediate UTF-16 buffer. */
typedef struct _uconv_t uconv_t;
struct _uconv_t {
    UConverter *uconv;                /* the named encoding */
    UConverter *utf8;                 /* UTF-8 */
    UChar pivot_buf[ICU_PIVOT_BUF_SIZE];
    UChar *pivot_source;
    UChar *pivot_target;
};

/* A named converter: built-in functions, or iconv or ICU converters. */
typedef struct _xmlCharEncodingHandler xmlCharEncodingHandler;
typedef xmlCharEncodingHandler *xmlCharEncodingHandlerPtr;
struct _xmlCharEncodingHandler {
    char *name;
    xmlCharEncodingInputFunc input;
    xmlCharEncodingOutputFunc output;
    iconv_t iconv_in;
    iconv_t iconv_out;
    uconv_t *uconv_in;
    uconv_t *uconv_out;
};

#ifdef __cplusplus
}
#endif

#ifdef LIGNUM_LIBXML_CORE_OUTER_ENCODING
#undef LIGNUM_LIBXML_CORE_OUTER_ENCODING
#undef LIGNUM_LIBXML_CORE_BUSY
#include <libxml/globals.h>
#endif

#endif /* LIGNUM_LIBXML_ENCODING_H */

/*
 * The functions of this header, declared once every type of the core group is defined
 * (globals.h explains when).
 */
#if !defined(LIGNUM_LIBXML_CORE_BUSY) && !defined(LIGNUM_LIBXML_ENCODING_FUNCTIONS)
#define LIGNUM_LIBXML_ENCODING_FUNCTIONS

#ifdef __cplusplus
extern "C" {
#endif

/* The table of registered encoding handlers. */
XMLPUBFUN void XMLCALL xmlInitCharEncodingHandlers(void);
XMLPUBFUN void XMLCALL xmlCleanupCharEncodingHandlers(void);
XMLPUBFUN void XMLCALL xmlRegisterCharEncodingHandler(xmlCharEncodingHandlerPtr handler);
XMLPUBFUN xmlCharEncodingHandlerPtr XMLCALL xmlGetCharEncodingHandler(xmlCharEncoding enc);
XMLPUBFUN xmlCharEncodingHandlerPtr XMLCALL xmlFindCharEncodingHandler(const char *name);
XMLPUBFUN xmlCharEncodingHandlerPtr XMLCALL
    xmlNewCharEncodingHandler(const char *name, xmlCharEncodingInputFunc input,
                              xmlCharEncodingOutputFunc output);

/* Encoding name aliases. */
XMLPUBFUN int XMLCALL xmlAddEncodingAlias(const char *name, const char *alias);
XMLPUBFUN int XMLCALL xmlDelEncodingAlias(const char *alias);
XMLPUBFUN const char *XMLCALL xmlGetEncodingAlias(const char *alias);
XMLPUBFUN void XMLCALL xmlCleanupEncodingAliases(void);

/* Encoding names, values and detection from the first bytes. */
XMLPUBFUN xmlCharEncoding XMLCALL xmlParseCharEncoding(const char *name);
XMLPUBFUN const char *XMLCALL xmlGetCharEncodingName(xmlCharEncoding enc);
XMLPUBFUN xmlCharEncoding XMLCALL xmlDetectCharEncoding(const unsigned char *in, int len);

/* Running a handler's conversions over buffers. */
XMLPUBFUN int XMLCALL xmlCharEncOutFunc(xmlCharEncodingHandler *handler, xmlBufferPtr out,
                                        xmlBufferPtr in);
XMLPUBFUN int XMLCALL xmlCharEncInFunc(xmlCharEncodingHandler *handler, xmlBufferPtr out,
                                       xmlBufferPtr in);
XMLPUBFUN int XMLCALL xmlCharEncFirstLine(xmlCharEncodingHandler *handler, xmlBufferPtr out,
                                          xmlBufferPtr in);
XMLPUBFUN int XMLCALL xmlCharEncCloseFunc(xmlCharEncodingHandler *handler);

/* The built-in Latin-1 conversions. */
XMLPUBFUN int XMLCALL UTF8Toisolat1(unsigned char *out, int *outlen, const unsigned char *in,
                                    int *inlen);
XMLPUBFUN int XMLCALL isolat1ToUTF8(unsigned char *out, int *outlen, const unsigned char *in,
                                    int *inlen);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_ENCODING_FUNCTIONS */
