package de.quartier.render.feed;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;

/**
 * Writes an XML file (sitemap, Atom feed) through the JDK's streaming writer: the declaration, one
 * root element in a default namespace, and whatever {@link Body} writes inside it.
 */
public final class XmlDocument {
    @FunctionalInterface
    interface Body {
        void write(XMLStreamWriter x) throws XMLStreamException;
    }

    /** A factory per worker: finding the implementation is a service lookup, and factories are not promised to be safe for threads. */
    private static final ThreadLocal<XMLOutputFactory> FACTORY = ThreadLocal.withInitial(XMLOutputFactory::newFactory);

    private XmlDocument() {
    }

    public static String write(String root, String namespace, Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = FACTORY.get().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement(root);
            x.writeDefaultNamespace(namespace);
            body.write(x);
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing <" + root + ">", e);
        }
        return out + "\n";
    }

    /** {@code <name>text</name>} on a line of its own, indented. */
    public static void element(XMLStreamWriter x, String indent, String name, String text) throws XMLStreamException {
        x.writeCharacters("\n" + indent);
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }
}
