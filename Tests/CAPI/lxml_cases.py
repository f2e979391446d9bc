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
