"""What Python's lxml (python3-lxml, linked to libxml2.so.2) gives for each input document:
parse, the tree as lxml sees it, XPath, serialization, iterparse events. scripts/test-consumers.sh
runs it on Lignum's library and on libxml2 and compares the output.

    python3 Tests/CAPI/lxml_cases.py FILE...
"""
import sys

import lxml.etree as etree


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:  # the same failure on both libraries is the same output
        print(label, "raised", type(e).__name__, str(e).split(",")[0])


def content_model(c):
    if c is None:
        return None
    return (c.type, c.occur, c.name, content_model(c.left), content_model(c.right))


def describe_dtd(dtd):
    """The internal subset as lxml reads it from the declaration structs."""
    if dtd is None:
        return None
    elements = [(e.name, e.prefix, e.type, content_model(e.content),
                 [(a.name, a.prefix, a.elemname, a.type, a.default, a.default_value, a.values())
                  for a in e.iterattributes()])
                for e in dtd.iterelements()]
    entities = [(x.name, x.orig, x.content, x.system_url) for x in dtd.iterentities()]
    return elements, entities


for path in sys.argv[1:]:
    print("==", path.rsplit("/", 1)[-1])
    try:
        doc = etree.parse(path)
    except etree.XMLSyntaxError as e:
        print("XMLSyntaxError", e.code, e.position)
        continue
    root = doc.getroot()
    show("root", lambda: (root.tag, root.attrib, root.nsmap, root.text))
    show("children", lambda: [(c.tag if isinstance(c.tag, str) else "node", c.text, c.tail) for c in root])
    show("iter", lambda: [e.tag for e in root.iter() if isinstance(e.tag, str)])
    show("count", lambda: doc.xpath("count(//*)"))
    show("text", lambda: doc.xpath("//text()"))
    show("attrs", lambda: doc.xpath("//@*"))
    show("names", lambda: [doc.getpath(e) for e in root.iter() if isinstance(e.tag, str)])
    show("tostring", lambda: etree.tostring(doc))
    show("tostring-utf8", lambda: etree.tostring(doc, encoding="UTF-8", xml_declaration=True))
    show("tostring-root", lambda: etree.tostring(root, pretty_print=True))
    show("unicode", lambda: etree.tostring(root, encoding="unicode"))
    show("docinfo", lambda: (doc.docinfo.xml_version, doc.docinfo.encoding, doc.docinfo.doctype, doc.docinfo.standalone))
    show("iterparse", lambda: [(event, el.tag if isinstance(el.tag, str) else "node")
                               for event, el in etree.iterparse(path, events=("start", "end"))])
    show("fromstring", lambda: etree.tostring(etree.fromstring(etree.tostring(root))))
    show("dtd", lambda: describe_dtd(doc.docinfo.internalDTD))
    # Entity references kept (no substitution): the reference nodes and their entities' text.
    try:
        kept = etree.parse(path, etree.XMLParser(resolve_entities=False))
        show("kept", lambda: etree.tostring(kept))
        show("kept-string", lambda: kept.xpath("string(/*)"))
        show("kept-nodes", lambda: [(e.tag if isinstance(e.tag, str) else "entity", e.text)
                                    for e in kept.getroot().iter()])
        show("kept-attrs", lambda: kept.xpath("//@*"))
    except etree.XMLSyntaxError as e:
        print("kept XMLSyntaxError", e.code, e.position)
