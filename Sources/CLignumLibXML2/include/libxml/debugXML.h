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

/* Debug dumps of strings, nodes, documents and DTDs. */
XMLPUBFUN void XMLCALL xmlDebugDumpString(FILE *output, const xmlChar *str);
XMLPUBFUN void XMLCALL xmlDebugDumpAttr(FILE *output, xmlAttrPtr attr, int depth);
XMLPUBFUN void XMLCALL xmlDebugDumpAttrList(FILE *output, xmlAttrPtr attr, int depth);
XMLPUBFUN void XMLCALL xmlDebugDumpOneNode(FILE *output, xmlNodePtr node, int depth);
XMLPUBFUN void XMLCALL xmlDebugDumpNode(FILE *output, xmlNodePtr node, int depth);
XMLPUBFUN void XMLCALL xmlDebugDumpNodeList(FILE *output, xmlNodePtr node, int depth);
XMLPUBFUN void XMLCALL xmlDebugDumpDocumentHead(FILE *output, xmlDocPtr doc);
XMLPUBFUN void XMLCALL xmlDebugDumpDocument(FILE *output, xmlDocPtr doc);
XMLPUBFUN void XMLCALL xmlDebugDumpDTD(FILE *output, xmlDtdPtr dtd);
XMLPUBFUN void XMLCALL xmlDebugDumpEntities(FILE *output, xmlDocPtr doc);
XMLPUBFUN int XMLCALL xmlDebugCheckDocument(FILE *output, xmlDocPtr doc);

/* Helpers of the debug shell. */
XMLPUBFUN void XMLCALL xmlLsOneNode(FILE *output, xmlNodePtr node);
XMLPUBFUN int XMLCALL xmlLsCountNode(xmlNodePtr node);
XMLPUBFUN const char *XMLCALL xmlBoolToText(int boolval);

/* Commands of the interactive debug shell. */
XMLPUBFUN void XMLCALL xmlShellPrintXPathError(int errorType, const char *arg);
XMLPUBFUN void XMLCALL xmlShellPrintXPathResult(xmlXPathObjectPtr list);
XMLPUBFUN int XMLCALL xmlShellList(xmlShellCtxtPtr ctxt, char *arg, xmlNodePtr node,
                                   xmlNodePtr node2);
XMLPUBFUN int XMLCALL xmlShellBase(xmlShellCtxtPtr ctxt, char *arg, xmlNodePtr node,
                                   xmlNodePtr node2);
XMLPUBFUN int XMLCALL xmlShellDir(xmlShellCtxtPtr ctxt, char *arg, xmlNodePtr node,
                                  xmlNodePtr node2);
XMLPUBFUN int XMLCALL xmlShellLoad(xmlShellCtxtPtr ctxt, char *filename, xmlNodePtr node,
                                   xmlNodePtr node2);
XMLPUBFUN void XMLCALL xmlShellPrintNode(xmlNodePtr node);
XMLPUBFUN int XMLCALL xmlShellCat(xmlShellCtxtPtr ctxt, char *arg, xmlNodePtr node,
                                  xmlNodePtr node2);
XMLPUBFUN int XMLCALL xmlShellWrite(xmlShellCtxtPtr ctxt, char *filename, xmlNodePtr node,
                                    xmlNodePtr node2);
XMLPUBFUN int XMLCALL xmlShellSave(xmlShellCtxtPtr ctxt, char *filename, xmlNodePtr node,
                                   xmlNodePtr node2);
XMLPUBFUN int XMLCALL xmlShellValidate(xmlShellCtxtPtr ctxt, char *dtd, xmlNodePtr node,
                                       xmlNodePtr node2);
XMLPUBFUN int XMLCALL xmlShellDu(xmlShellCtxtPtr ctxt, char *arg, xmlNodePtr tree,
                                 xmlNodePtr node2);
XMLPUBFUN int XMLCALL xmlShellPwd(xmlShellCtxtPtr ctxt, char *buffer, xmlNodePtr node,
                                  xmlNodePtr node2);
XMLPUBFUN void XMLCALL xmlShell(xmlDocPtr doc, char *filename, xmlShellReadlineFunc input,
                                FILE *output);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_DEBUGXML_H */
