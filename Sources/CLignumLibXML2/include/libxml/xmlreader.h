/*
 * Lignum's libxml2-compatible C interface: the pull reader.
 */
#ifndef LIGNUM_LIBXML_XMLREADER_H
#define LIGNUM_LIBXML_XMLREADER_H

#include <libxml/xmlversion.h>
#include <libxml/tree.h>
#include <libxml/xmlIO.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemas.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Severity passed to a reader's error callback. */
typedef enum {
    XML_PARSER_SEVERITY_VALIDITY_WARNING = 1,
    XML_PARSER_SEVERITY_VALIDITY_ERROR   = 2,
    XML_PARSER_SEVERITY_WARNING          = 3,
    XML_PARSER_SEVERITY_ERROR            = 4
} xmlParserSeverities;

/* Where a reader is in its input. */
typedef enum {
    XML_TEXTREADER_MODE_INITIAL     = 0,
    XML_TEXTREADER_MODE_INTERACTIVE = 1,
    XML_TEXTREADER_MODE_ERROR       = 2,
    XML_TEXTREADER_MODE_EOF         = 3,
    XML_TEXTREADER_MODE_CLOSED      = 4,
    XML_TEXTREADER_MODE_READING     = 5
} xmlTextReaderMode;

/* Settings of a reader. */
typedef enum {
    XML_PARSER_LOADDTD        = 1,
    XML_PARSER_DEFAULTATTRS   = 2,
    XML_PARSER_VALIDATE       = 3,
    XML_PARSER_SUBST_ENTITIES = 4
} xmlParserProperties;

/* Kinds of node a reader reports. */
typedef enum {
    XML_READER_TYPE_NONE                   = 0,
    XML_READER_TYPE_ELEMENT                = 1,
    XML_READER_TYPE_ATTRIBUTE              = 2,
    XML_READER_TYPE_TEXT                   = 3,
    XML_READER_TYPE_CDATA                  = 4,
    XML_READER_TYPE_ENTITY_REFERENCE       = 5,
    XML_READER_TYPE_ENTITY                 = 6,
    XML_READER_TYPE_PROCESSING_INSTRUCTION = 7,
    XML_READER_TYPE_COMMENT                = 8,
    XML_READER_TYPE_DOCUMENT               = 9,
    XML_READER_TYPE_DOCUMENT_TYPE          = 10,
    XML_READER_TYPE_DOCUMENT_FRAGMENT      = 11,
    XML_READER_TYPE_NOTATION               = 12,
    XML_READER_TYPE_WHITESPACE             = 13,
    XML_READER_TYPE_SIGNIFICANT_WHITESPACE = 14,
    XML_READER_TYPE_END_ELEMENT            = 15,
    XML_READER_TYPE_END_ENTITY             = 16,
    XML_READER_TYPE_XML_DECLARATION        = 17
} xmlReaderTypes;

/* A reader; private. */
typedef struct _xmlTextReader xmlTextReader;
typedef xmlTextReader *xmlTextReaderPtr;

/* Identifies the position of an error for the locator functions. */
typedef void *xmlTextReaderLocatorPtr;

/* Receives an error or warning of a reader. */
typedef void (XMLCALL *xmlTextReaderErrorFunc)(void *arg, const char *msg,
                                               xmlParserSeverities severity,
                                               xmlTextReaderLocatorPtr locator);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_XMLREADER_H */
