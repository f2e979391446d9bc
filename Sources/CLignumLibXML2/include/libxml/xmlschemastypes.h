/*
 * Lignum's libxml2-compatible C interface: XML Schema built-in datatypes.
 */
#ifndef LIGNUM_LIBXML_XMLSCHEMASTYPES_H
#define LIGNUM_LIBXML_XMLSCHEMASTYPES_H

#include <libxml/xmlversion.h>
#include <libxml/schemasInternals.h>
#include <libxml/xmlschemas.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Whitespace normalisation applied to a value. */
typedef enum {
    XML_SCHEMA_WHITESPACE_UNKNOWN  = 0,
    XML_SCHEMA_WHITESPACE_PRESERVE = 1,
    XML_SCHEMA_WHITESPACE_REPLACE  = 2,
    XML_SCHEMA_WHITESPACE_COLLAPSE = 3
} xmlSchemaWhitespaceValueType;

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_XMLSCHEMASTYPES_H */
