/*
 * The DTD declaration structs a parse builds, read as C programs read them: the internal
 * subset's children (xmlElement with its content tree and attribute list, xmlAttribute with
 * its enumeration, xmlEntity), the lookups (xmlGetDtdElementDesc, xmlGetDtdAttrDesc,
 * xmlGetDocEntity, xmlGetPredefinedEntity), each declaration written with xmlDump*Decl and
 * xmlNodeDumpOutput, entity references pointing at their xmlEntity, xmlNodeGetContent through
 * them, a copy from xmlCopyDtd, and a DTD built with xmlCreateIntSubset and xmlAddDocEntity.
 *
 *   dtd_declarations OPTIONS FILE...
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/entities.h>
#include <libxml/valid.h>

static const char *s(const xmlChar *p) { return p ? (const char *) p : "(null)"; }

static void printContent(xmlElementContentPtr c) {
  if (c == NULL) { printf("-"); return; }
  printf("[%d/%d %s%s%s ", c->type, c->ocur, c->prefix ? s(c->prefix) : "", c->prefix ? ":" : "", s(c->name));
  printContent(c->c1);
  printf(" ");
  printContent(c->c2);
  printf("]");
}

static void dumpDecl(xmlNodePtr n) {
  xmlBufferPtr b = xmlBufferCreate();
  switch (n->type) {
  case XML_ELEMENT_DECL: xmlDumpElementDecl(b, (xmlElementPtr) n); break;
  case XML_ATTRIBUTE_DECL: xmlDumpAttributeDecl(b, (xmlAttributePtr) n); break;
  case XML_ENTITY_DECL: xmlDumpEntityDecl(b, (xmlEntityPtr) n); break;
  default: break;
  }
  printf("  dump: %s", xmlBufferLength(b) ? (const char *) xmlBufferContent(b) : "(nothing)\n");
  xmlBufferFree(b);
}

static void walkSubset(xmlDtdPtr dtd) {
  printf("dtd %s ext=%s sys=%s parent-ok=%d\n", s(dtd->name), s(dtd->ExternalID), s(dtd->SystemID),
         dtd->doc == NULL || dtd->parent == dtd->doc);
  for (xmlNodePtr n = dtd->children; n != NULL; n = n->next) {
    if (n->parent != (xmlNodePtr) dtd) printf("!child with another parent\n");
    if (n->next != NULL && n->next->prev != n) printf("!broken prev link\n");
    switch (n->type) {
    case XML_ELEMENT_DECL: {
      xmlElementPtr e = (xmlElementPtr) n;
      printf("element %s prefix=%s etype=%d content=", s(e->name), s(e->prefix), e->etype);
      printContent(e->content);
      printf(" attributes:");
      for (xmlAttributePtr a = e->attributes; a != NULL; a = a->nexth) printf(" %s", s(a->name));
      printf(" lookup=%d\n", xmlGetDtdElementDesc(dtd, e->name) == e || e->prefix != NULL);
      dumpDecl(n);
      break;
    }
    case XML_ATTRIBUTE_DECL: {
      xmlAttributePtr a = (xmlAttributePtr) n;
      printf("attribute %s of %s prefix=%s atype=%d def=%d default=%s values:", s(a->name), s(a->elem), s(a->prefix),
             a->atype, a->def, s(a->defaultValue));
      for (xmlEnumerationPtr v = a->tree; v != NULL; v = v->next) printf(" %s", s(v->name));
      printf(" lookup=%d\n", xmlGetDtdQAttrDesc(dtd, a->elem, a->name, a->prefix) == a);
      dumpDecl(n);
      break;
    }
    case XML_ENTITY_DECL: {
      xmlEntityPtr e = (xmlEntityPtr) n;
      printf("entity %s etype=%d content=%s length=%d orig=%s ext=%s sys=%s uri=%s\n", s(e->name), e->etype, s(e->content),
             e->length, s(e->orig), s(e->ExternalID), s(e->SystemID), s(e->URI));
      if (e->etype == XML_INTERNAL_PARAMETER_ENTITY || e->etype == XML_EXTERNAL_PARAMETER_ENTITY)
        printf("  parameter lookup=%d\n", xmlGetParameterEntity(dtd->doc, e->name) == e);
      else
        printf("  lookup=%d\n", xmlGetDocEntity(dtd->doc, e->name) == e);
      dumpDecl(n);
      break;
    }
    case XML_COMMENT_NODE: printf("comment [%s]\n", s(n->content)); break;
    case XML_PI_NODE: printf("pi %s [%s]\n", s(n->name), s(n->content)); break;
    default: printf("other node type %d\n", n->type); break;
    }
  }
}

/* Entity references in content and attribute values: their entity and its parsed text. */
static void walkReferences(xmlDocPtr doc, xmlNodePtr n) {
  for (; n != NULL; n = n->next) {
    if (n->type == XML_ENTITY_REF_NODE) {
      xmlEntityPtr e = xmlGetDocEntity(doc, n->name);
      xmlChar *text = xmlNodeGetContent(n);
      printf("reference %s linked=%d content=[%s] text=[%s]\n", s(n->name), e != NULL && n->children == (xmlNodePtr) e,
             s(n->content), s(text));
      xmlFree(text);
      continue;
    }
    if (n->type == XML_ELEMENT_NODE) {
      for (xmlAttrPtr a = n->properties; a != NULL; a = a->next) {
        xmlChar *v = xmlGetProp(n, a->name);
        printf("@%s=[%s]\n", s(a->name), s(v));
        xmlFree(v);
        walkReferences(doc, a->children);
      }
      xmlChar *text = xmlNodeGetContent(n);
      printf("<%s> text=[%s]\n", s(n->name), s(text));
      xmlFree(text);
      walkReferences(doc, n->children);
    }
  }
}

static void built(void) {
  xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
  xmlDtdPtr dtd = xmlCreateIntSubset(doc, BAD_CAST "r", NULL, BAD_CAST "r.dtd");
  xmlEntityPtr e = xmlAddDocEntity(doc, BAD_CAST "who", XML_INTERNAL_GENERAL_ENTITY, NULL, NULL, BAD_CAST "world");
  printf("built: added=%d again=%d predefined-lt=%d bad-amp=%d\n", e != NULL,
         xmlAddDocEntity(doc, BAD_CAST "who", XML_INTERNAL_GENERAL_ENTITY, NULL, NULL, BAD_CAST "x") != NULL,
         xmlAddDocEntity(doc, BAD_CAST "lt", XML_INTERNAL_GENERAL_ENTITY, NULL, NULL, BAD_CAST "&#60;") != NULL,
         xmlAddDocEntity(doc, BAD_CAST "amp", XML_INTERNAL_GENERAL_ENTITY, NULL, NULL, BAD_CAST "&") != NULL);
  xmlEntityPtr amp = xmlGetPredefinedEntity(BAD_CAST "amp");
  printf("predefined amp etype=%d content=%s none=%d\n", amp ? amp->etype : -1, amp ? s(amp->content) : "-",
         xmlGetPredefinedEntity(BAD_CAST "nope") == NULL);
  xmlNodePtr root = xmlNewDocNode(doc, NULL, BAD_CAST "r", NULL);
  xmlDocSetRootElement(doc, root);
  xmlAddChild(root, xmlNewText(BAD_CAST "hello "));
  xmlNodePtr ref = xmlNewReference(doc, BAD_CAST "&who;");
  xmlAddChild(root, ref);
  xmlChar *text = xmlNodeGetContent(root);
  printf("built reference linked=%d text=[%s]\n", ref->children == (xmlNodePtr) e, s(text));
  xmlFree(text);
  walkSubset(dtd);
  xmlChar *mem; int size;
  xmlDocDumpMemory(doc, &mem, &size);
  printf("%s", (const char *) mem);
  xmlFree(mem);
  xmlFreeDoc(doc);
}

int main(int argc, char **argv) {
  if (argc < 3) return 2;
  int options = atoi(argv[1]);
  for (int i = 2; i < argc; i++) {
    printf("== %s\n", argv[i]);
    xmlDocPtr doc = xmlReadFile(argv[i], NULL, options | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (doc == NULL) { printf("not well-formed\n"); continue; }
    if (doc->intSubset != NULL) {
      walkSubset(doc->intSubset);
      xmlDtdPtr copy = xmlCopyDtd(doc->intSubset);
      printf("copy:\n");
      if (copy != NULL) {
        /* libxml2 2.9's xmlCopyDocElementContent leaves wrong parent links in the copy, which
         * its xmlDumpElementDecl follows (it writes a truncated model): the copy's element
         * declarations are shown through their content trees instead. */
        for (xmlNodePtr n = copy->children; n != NULL; n = n->next) {
          if (n->type == XML_ELEMENT_DECL) {
            xmlElementPtr e = (xmlElementPtr) n;
            printf("  element %s etype=%d attributes=%d content=", s(e->name), e->etype, e->attributes != NULL);
            printContent(e->content);
            printf("\n");
          } else {
            dumpDecl(n);
          }
        }
        xmlFreeDtd(copy);
      }
    }
    walkReferences(doc, doc->children);
    xmlFreeDoc(doc);
  }
  built();
  xmlCleanupParser();
  return 0;
}
