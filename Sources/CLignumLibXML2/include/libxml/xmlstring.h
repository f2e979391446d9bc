/*
 * Lignum's libxml2-compatible C interface: the byte type of UTF-8 text and the string
 * functions over it.
 */
#ifndef LIGNUM_LIBXML_XMLSTRING_H
#define LIGNUM_LIBXML_XMLSTRING_H

#include <stdarg.h>
#include <libxml/xmlversion.h>

#ifdef __cplusplus
extern "C" {
#endif

/* One byte of UTF-8 encoded text; strings of it end with a zero byte. */
typedef unsigned char xmlChar;

/* Turns a C string literal into xmlChar text. */
#define BAD_CAST (xmlChar *)

/* Copying, searching and comparing strings. */
XMLPUBFUN xmlChar *XMLCALL xmlStrdup(const xmlChar *cur);
XMLPUBFUN xmlChar *XMLCALL xmlStrndup(const xmlChar *cur, int len);
XMLPUBFUN xmlChar *XMLCALL xmlCharStrndup(const char *cur, int len);
XMLPUBFUN xmlChar *XMLCALL xmlCharStrdup(const char *cur);
XMLPUBFUN xmlChar *XMLCALL xmlStrsub(const xmlChar *str, int start, int len);
XMLPUBFUN const xmlChar *XMLCALL xmlStrchr(const xmlChar *str, xmlChar val);
XMLPUBFUN const xmlChar *XMLCALL xmlStrstr(const xmlChar *str, const xmlChar *val);
XMLPUBFUN const xmlChar *XMLCALL xmlStrcasestr(const xmlChar *str, const xmlChar *val);
XMLPUBFUN int XMLCALL xmlStrcmp(const xmlChar *str1, const xmlChar *str2);
XMLPUBFUN int XMLCALL xmlStrncmp(const xmlChar *str1, const xmlChar *str2, int len);
XMLPUBFUN int XMLCALL xmlStrcasecmp(const xmlChar *str1, const xmlChar *str2);
XMLPUBFUN int XMLCALL xmlStrncasecmp(const xmlChar *str1, const xmlChar *str2, int len);
XMLPUBFUN int XMLCALL xmlStrEqual(const xmlChar *str1, const xmlChar *str2);
XMLPUBFUN int XMLCALL xmlStrQEqual(const xmlChar *pref, const xmlChar *name, const xmlChar *str);

/* Length, concatenation and formatting. */
XMLPUBFUN int XMLCALL xmlStrlen(const xmlChar *str);
XMLPUBFUN xmlChar *XMLCALL xmlStrcat(xmlChar *cur, const xmlChar *add);
XMLPUBFUN xmlChar *XMLCALL xmlStrncat(xmlChar *cur, const xmlChar *add, int len);
XMLPUBFUN xmlChar *XMLCALL xmlStrncatNew(const xmlChar *str1, const xmlChar *str2, int len);
XMLPUBFUN int XMLCALL xmlStrPrintf(xmlChar *buf, int len, const char *msg, ...)
    LIBXML_ATTR_FORMAT(3, 4);
XMLPUBFUN int XMLCALL xmlStrVPrintf(xmlChar *buf, int len, const char *msg, va_list ap)
    LIBXML_ATTR_FORMAT(3, 0);

/* UTF-8 characters: decoding, checking, measuring and slicing. */
XMLPUBFUN int XMLCALL xmlGetUTF8Char(const unsigned char *utf, int *len);
XMLPUBFUN int XMLCALL xmlCheckUTF8(const unsigned char *utf);
XMLPUBFUN int XMLCALL xmlUTF8Strsize(const xmlChar *utf, int len);
XMLPUBFUN xmlChar *XMLCALL xmlUTF8Strndup(const xmlChar *utf, int len);
XMLPUBFUN const xmlChar *XMLCALL xmlUTF8Strpos(const xmlChar *utf, int pos);
XMLPUBFUN int XMLCALL xmlUTF8Strloc(const xmlChar *utf, const xmlChar *utfchar);
XMLPUBFUN xmlChar *XMLCALL xmlUTF8Strsub(const xmlChar *utf, int start, int len);
XMLPUBFUN int XMLCALL xmlUTF8Strlen(const xmlChar *utf);
XMLPUBFUN int XMLCALL xmlUTF8Size(const xmlChar *utf);
XMLPUBFUN int XMLCALL xmlUTF8Charcmp(const xmlChar *utf1, const xmlChar *utf2);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_XMLSTRING_H */
