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

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_XMLWRITER_H */
