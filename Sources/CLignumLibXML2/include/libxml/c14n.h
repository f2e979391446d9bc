/*
 * Lignum's libxml2-compatible C interface: canonical XML.
 */
#ifndef LIGNUM_LIBXML_C14N_H
#define LIGNUM_LIBXML_C14N_H

#include <libxml/xmlversion.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Which canonicalisation algorithm. */
typedef enum {
    XML_C14N_1_0           = 0,
    XML_C14N_EXCLUSIVE_1_0 = 1,
    XML_C14N_1_1           = 2
} xmlC14NMode;

/* Decides whether node (child of parent) appears in the output: nonzero for yes. */
typedef int (*xmlC14NIsVisibleCallback)(void *user_data, xmlNodePtr node, xmlNodePtr parent);

/* Canonical XML (C14N 1.0, exclusive, 1.1) of a document or node set. */
XMLPUBFUN int XMLCALL xmlC14NDocSaveTo(xmlDocPtr doc, xmlNodeSetPtr nodes, int mode,
                                       xmlChar **inclusive_ns_prefixes, int with_comments,
                                       xmlOutputBufferPtr buf);
XMLPUBFUN int XMLCALL xmlC14NDocDumpMemory(xmlDocPtr doc, xmlNodeSetPtr nodes, int mode,
                                           xmlChar **inclusive_ns_prefixes, int with_comments,
                                           xmlChar **doc_txt_ptr);
XMLPUBFUN int XMLCALL xmlC14NDocSave(xmlDocPtr doc, xmlNodeSetPtr nodes, int mode,
                                     xmlChar **inclusive_ns_prefixes, int with_comments,
                                     const char *filename, int compression);
XMLPUBFUN int XMLCALL xmlC14NExecute(xmlDocPtr doc, xmlC14NIsVisibleCallback is_visible_callback,
                                     void *user_data, int mode, xmlChar **inclusive_ns_prefixes,
                                     int with_comments, xmlOutputBufferPtr buf);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_C14N_H */
