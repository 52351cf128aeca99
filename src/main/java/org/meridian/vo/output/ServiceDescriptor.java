// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import uk.ac.starlink.votable.VOSerializer;

/**
 * A DataLink 1.1 service descriptor (section 4) written after a result table: {@code <RESOURCE
 * type="meta" utype="adhoc:service">} with the service's standardID and accessURL and its input
 * parameters, each taking its values from a result column (by the FIELD's ID). pyvo's
 * {@code iter_datalinks()} follows it, sending every row's value in one request.
 *
 * @param id the RESOURCE's ID, unique in the document
 */
public record ServiceDescriptor(String id, String standardId, String accessUrl, List<InputParam> inputs) {

    /** An input parameter whose values are those of the result column whose FIELD has ID {@code ref}. */
    public record InputParam(String name, String ref) {}

    public ServiceDescriptor {
        inputs = List.copyOf(inputs);
    }

    void write(Writer w) throws IOException {
        w.write("<RESOURCE type=\"meta\" utype=\"adhoc:service\"" + VOSerializer.formatAttribute("ID", id) + ">\n");
        w.write("<PARAM name=\"standardID\" datatype=\"char\" arraysize=\"*\""
                + VOSerializer.formatAttribute("value", standardId) + "/>\n");
        w.write("<PARAM name=\"accessURL\" datatype=\"char\" arraysize=\"*\""
                + VOSerializer.formatAttribute("value", accessUrl) + "/>\n");
        w.write("<GROUP name=\"inputParams\">\n");
        for (InputParam p : inputs) {
            w.write("<PARAM" + VOSerializer.formatAttribute("name", p.name())
                    + " datatype=\"char\" arraysize=\"*\" value=\"\"" + VOSerializer.formatAttribute("ref", p.ref())
                    + "/>\n");
        }
        w.write("</GROUP>\n</RESOURCE>\n");
    }
}
