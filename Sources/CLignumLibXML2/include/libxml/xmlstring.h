/*
 * Lignum's libxml2-compatible C interface: the byte type of UTF-8 text.
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

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_XMLSTRING_H */
