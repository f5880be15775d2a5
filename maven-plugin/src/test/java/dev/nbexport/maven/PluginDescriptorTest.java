package dev.nbexport.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code mvn nbexport:help -Ddetail} is where a build owner reads what a parameter does (the
 * README sends them there): each parameter a POM or {@code -D} may set has its description.
 */
class PluginDescriptorTest {

    @Test
    void everyParameterAUserMaySetIsDescribed() throws Exception {
        Document descriptor;
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertTrue(in != null, "the plugin descriptor is built");
            descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        List<String> described = new ArrayList<>();
        List<String> undescribed = new ArrayList<>();
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = text(mojo, "goal");
            if (goal.equals("help")) {
                continue;
            }
            NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            for (int j = 0; j < parameters.getLength(); j++) {
                Element parameter = (Element) parameters.item(j);
                if (text(parameter, "editable").equals("false")) {
                    continue;
                }
                String name = goal + " " + text(parameter, "name");
                (text(parameter, "description").isBlank() ? undescribed : described).add(name);
            }
        }
        assertTrue(described.contains("bundle knownData") && described.contains("verify formats"), described.toString());
        assertEquals(List.of(), undescribed);
    }

    private static String text(Element element, String child) {
        NodeList nodes = element.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }
}
