/*
 * SAX2 with the default handlers wrapped by counting ones (as lxml and other bindings do):
 * push-parses each file in two chunks and prints the callback counts and the tree the SAX2
 * handlers built, then parses again with xmlSAXUserParseFile and only counting callbacks.
 *
 *   sax_push OPTIONS FILE...
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>

static int starts, ends, comments, pis, refs, cdatas, documents;

static void onStart(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *URI, int nb_namespaces,
                    const xmlChar **namespaces, int nb_attributes, int nb_defaulted, const xmlChar **attributes) {
  starts++;
  printf("start %s%s%s {%s} ns=%d attrs=%d defaulted=%d", prefix ? (const char *) prefix : "", prefix ? ":" : "",
         (const char *) localname, URI ? (const char *) URI : "", nb_namespaces, nb_attributes, nb_defaulted);
  for (int i = 0; i < nb_attributes; i++)
    printf(" @%s=[%.*s]", (const char *) attributes[5 * i], (int) (attributes[5 * i + 4] - attributes[5 * i + 3]),
           (const char *) attributes[5 * i + 3]);
  printf("\n");
  if (ctx != NULL) xmlSAX2StartElementNs(ctx, localname, prefix, URI, nb_namespaces, namespaces, nb_attributes, nb_defaulted, attributes);
}
static void onEnd(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *URI) {
  ends++;
  if (ctx != NULL) xmlSAX2EndElementNs(ctx, localname, prefix, URI);
}
static void onComment(void *ctx, const xmlChar *value) { comments++; if (ctx != NULL) xmlSAX2Comment(ctx, value); }
static void onPI(void *ctx, const xmlChar *target, const xmlChar *data) {
  pis++;
  printf("pi %s [%s]\n", (const char *) target, data ? (const char *) data : "(null)");
  if (ctx != NULL) xmlSAX2ProcessingInstruction(ctx, target, data);
}
static void onReference(void *ctx, const xmlChar *name) { refs++; if (ctx != NULL) xmlSAX2Reference(ctx, name); }
static void onCDATA(void *ctx, const xmlChar *value, int len) { cdatas++; if (ctx != NULL) xmlSAX2CDataBlock(ctx, value, len); }
static void onStartDocument(void *ctx) { documents++; if (ctx != NULL) xmlSAX2StartDocument(ctx); }

static void dump(xmlDocPtr doc) {
  xmlChar *out = NULL;
  int size = 0;
  xmlDocDumpMemory(doc, &out, &size);
  fwrite(out, 1, (size_t) size, stdout);
  xmlFree(out);
}

int main(int argc, char **argv) {
  if (argc < 3) return 2;
  int options = atoi(argv[1]);
  for (int i = 2; i < argc; i++) {
    printf("== %s\n", argv[i]);
    FILE *f = fopen(argv[i], "rb");
    if (f == NULL) continue;
    static char buf[1 << 20];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    xmlSAXVersion(&sax, 2);
    sax.startElementNs = onStart;
    sax.endElementNs = onEnd;
    sax.comment = onComment;
    sax.processingInstruction = onPI;
    sax.reference = onReference;
    sax.cdataBlock = onCDATA;
    sax.startDocument = onStartDocument;
    starts = ends = comments = pis = refs = cdatas = documents = 0;
    xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(&sax, NULL, buf, (int) (n / 2), argv[i]);
    xmlCtxtUseOptions(ctxt, options | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    xmlParseChunk(ctxt, buf + n / 2, (int) (n - n / 2), 1);
    printf("counts documents=%d starts=%d ends=%d comments=%d pis=%d refs=%d cdata=%d wellFormed=%d\n", documents, starts,
           ends, comments, pis, refs, cdatas, ctxt->wellFormed);
    xmlDocPtr doc = ctxt->myDoc;
    if (doc != NULL && ctxt->wellFormed) dump(doc);
    xmlFreeDoc(doc);
    xmlFreeParserCtxt(ctxt);

    /* Counting only: the callbacks get the user data, not a context, and build nothing. */
    xmlSAXHandler plain;
    memset(&plain, 0, sizeof plain);
    plain.initialized = XML_SAX2_MAGIC;
    plain.startElementNs = onStart;
    plain.endElementNs = onEnd;
    starts = ends = 0;
    int status = xmlSAXUserParseFile(&plain, NULL, argv[i]);
    printf("user parse status=%s starts=%d ends=%d\n", status == 0 ? "ok" : "error", starts, ends);
  }
  xmlCleanupParser();
  return 0;
}
