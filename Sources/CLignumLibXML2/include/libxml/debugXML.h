/*
 * Lignum's libxml2-compatible C interface: the interactive shell's context.
 */
#ifndef LIGNUM_LIBXML_DEBUGXML_H
#define LIGNUM_LIBXML_DEBUGXML_H

#include <stdio.h>
#include <libxml/xmlversion.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Reads one command line after showing prompt; returns a malloc'ed string or NULL. */
typedef char *(*xmlShellReadlineFunc)(char *prompt);

/* The state of a shell session. */
typedef struct _xmlShellCtxt xmlShellCtxt;
typedef xmlShellCtxt *xmlShellCtxtPtr;
struct _xmlShellCtxt {
    char *filename;
    xmlDocPtr doc;
    xmlNodePtr node;                  /* the current node */
    xmlXPathContextPtr pctxt;
    int loaded;
    FILE *output;
    xmlShellReadlineFunc input;
};

/* One shell command. */
typedef int (*xmlShellCmd)(xmlShellCtxtPtr ctxt, char *arg, xmlNodePtr node, xmlNodePtr node2);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_DEBUGXML_H */
