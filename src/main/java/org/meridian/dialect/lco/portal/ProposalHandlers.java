// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.core.observing.InstrumentType;
import org.meridian.core.observing.Semester;
import org.meridian.store.SqlFragment;
import org.meridian.web.DjangoTime;

/** {@code proposals/}, {@code semesters/}, {@code instruments/} and {@code profile/} (valhalla's views, as TOM Toolkit's LCO facility reads them). */
record ProposalHandlers(PortalContext portal) {

    void proposals(Context ctx) throws SQLException {
        Caller caller = portal.auth().user(ctx);
        Pages page = Pages.of(ctx);
        ctx.json(portal.read(c -> {
            List<String> ids = new ArrayList<>();
            SqlFragment where = Access.actsFor(caller, "id").and(filters(ctx, c));
            try (PreparedStatement s = PortalContext.prepare(
                    c,
                    "select id from program where collection = 'LCO' and " + where.sql() + " order by id",
                    where.params())) {
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) ids.add(r.getString(1));
                }
            }
            List<ObjectNode> results = new ArrayList<>();
            for (String id : ids.subList(
                    Math.min(page.offset(), ids.size()), Math.min(page.offset() + page.limit(), ids.size()))) {
                results.add(ProposalStore.proposal(c, id).orElseThrow());
            }
            return page.render(ctx, ids.size(), results);
        }));
    }

    /**
     * The observation portal's proposal filters: {@code active} (true/false), {@code semester} (a
     * proposal with time in it), {@code id} and {@code tag}; a value that is no choice is a DRF 400.
     */
    private static SqlFragment filters(Context ctx, Connection c) throws SQLException {
        DrfErrors errors = new DrfErrors();
        SqlFragment where = SqlFragment.TRUE;
        String active = ctx.queryParam("active");
        if (active != null && !active.isEmpty()) {
            switch (active) {
                case "true", "True", "1" -> where = where.and(SqlFragment.of("active"));
                case "false", "False", "0" -> where = where.and(SqlFragment.of("not active"));
                default ->
                    errors.add("active", "Select a valid choice. " + active + " is not one of the available choices.");
            }
        }
        String semester = ctx.queryParam("semester");
        if (semester != null && !semester.isEmpty()) {
            boolean known = ProposalStore.semesters(c).stream().anyMatch(x -> x.id().equals(semester));
            if (known) {
                where = where.and(SqlFragment.of(
                        "exists (select 1 from time_allocation t where t.program_id = program.id and t.semester_id = ?)",
                        semester));
            } else {
                errors.add("semester", "Select a valid choice. That choice is not one of the available choices.");
            }
        }
        String id = ctx.queryParam("id");
        if (id != null && !id.isEmpty()) {
            where = where.and(SqlFragment.of("id = ?", id));
        }
        String tag = ctx.queryParam("tag");
        if (tag != null && !tag.isEmpty()) {
            where = where.and(SqlFragment.of("tags[1] = ?", tag));
        }
        if (!errors.isEmpty()) {
            throw new PortalError(400, errors.toJson());
        }
        return where;
    }

    void proposal(Context ctx) throws SQLException {
        Caller caller = portal.auth().user(ctx);
        String id = ctx.pathParam("id");
        if (!Access.mayActFor(caller, id)) {
            throw PortalError.notFound();
        }
        ctx.json(portal.read(c -> ProposalStore.proposal(c, id)).orElseThrow(PortalError::notFound));
    }

    void semesters(Context ctx) throws SQLException {
        Pages page = Pages.of(ctx);
        DrfErrors errors = new DrfErrors();
        Instant contains = time(ctx, "semester_contains", errors);
        Instant start = time(ctx, "start", errors);
        Instant startLte = time(ctx, "start_lte", errors);
        Instant end = time(ctx, "end", errors);
        Instant endGt = time(ctx, "end_gt", errors);
        if (!errors.isEmpty()) {
            throw new PortalError(400, errors.toJson());
        }
        String id = ctx.queryParam("id");
        List<ObjectNode> all = new ArrayList<>();
        for (Semester s : portal.read(ProposalStore::semesters)) {
            boolean keep = (contains == null || (!contains.isBefore(s.start()) && !contains.isAfter(s.end())))
                    && (start == null || !s.start().isBefore(start))
                    && (startLte == null || !s.start().isAfter(startLte))
                    && (end == null || s.end().isBefore(end))
                    && (endGt == null || s.end().isAfter(endGt))
                    && (id == null || s.id().toLowerCase().contains(id.toLowerCase()));
            if (keep) all.add(semester(s));
        }
        ctx.json(page.render(
                ctx,
                all.size(),
                all.subList(Math.min(page.offset(), all.size()), Math.min(page.offset() + page.limit(), all.size()))));
    }

    void semester(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        ctx.json(portal.read(ProposalStore::semesters).stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .map(ProposalHandlers::semester)
                .orElseThrow(PortalError::notFound));
    }

    private static ObjectNode semester(Semester s) {
        return JsonBodies.object()
                .put("id", s.id())
                .put("start", DjangoTime.format(s.start()))
                .put("end", DjangoTime.format(s.end()));
    }

    private static Instant time(Context ctx, String name, DrfErrors errors) {
        String v = ctx.queryParam(name);
        if (v == null) return null;
        return DjangoTime.parse(v).orElseGet(() -> {
            errors.add(name, "Enter a valid date/time.");
            return null;
        });
    }

    /** Instrument types with both the valhalla keys and the ones the TOM Toolkit's forms read. */
    void instruments(Context ctx) {
        ObjectNode out = JsonBodies.object();
        for (InstrumentType i : portal.network().instrumentTypes()) {
            ObjectNode o = out.putObject(i.code());
            o.put("type", i.spectrograph() ? "SPECTRA" : "IMAGE");
            o.put("class", i.telescopeClass());
            o.put("name", i.code());
            ArrayNode filters = o.putArray("filters");
            i.filters().forEach(filters::add);
            ArrayNode binnings = o.putArray("binnings");
            i.readoutModes().forEach(m -> binnings.add(m.binning()));
            o.put("default_binning", i.defaultBinning());
            ObjectNode optical = o.putObject("optical_elements");
            ArrayNode elements = optical.putArray(i.spectrograph() ? "slits" : "filters");
            for (String f : i.filters()) {
                elements.addObject()
                        .put("name", f)
                        .put("code", f)
                        .put("schedulable", true)
                        .put("default", false);
            }
            ObjectNode readout = o.putObject("modes").putObject("readout");
            ArrayNode modes = readout.putArray("modes");
            i.readoutModes().forEach(m -> modes.addObject()
                    .put("name", m.binning() + "x" + m.binning())
                    .put("code", m.binning() + "x" + m.binning())
                    .put("overhead", m.readout()));
            readout.put("default", i.defaultBinning() + "x" + i.defaultBinning());
            ObjectNode types = o.putObject("configuration_types");
            for (String t : i.spectrograph() ? List.of("SPECTRUM", "ARC", "LAMP_FLAT") : List.of("EXPOSE")) {
                types.putObject(t).put("name", t).put("code", t).put("schedulable", true);
            }
            o.put("default_configuration_type", i.spectrograph() ? "SPECTRUM" : "EXPOSE");
        }
        ctx.json(out);
    }

    void profile(Context ctx) throws SQLException {
        Caller caller = portal.auth().user(ctx);
        ctx.json(portal.read(c -> {
            ObjectNode out = JsonBodies.object();
            try (PreparedStatement s =
                    c.prepareStatement("select username, email, full_name from account where id = ?")) {
                s.setLong(1, caller.accountId());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    String[] names = r.getString(3).trim().split("\\s+", 2);
                    out.put("username", r.getString(1));
                    out.put("first_name", names[0]);
                    out.put("last_name", names.length > 1 ? names[1] : "");
                    out.put("email", r.getString(2));
                }
            }
            ArrayNode proposals = out.putArray("proposals");
            // The profile lists the caller's own proposals (what it is a member of, not what it may see).
            try (PreparedStatement s = PortalContext.prepare(
                    c,
                    "select p.id, p.title, p.active from program p where p.collection = 'LCO' and p.id = any(?)"
                            + " order by p.id",
                    List.of(caller.programs()))) {
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        proposals
                                .addObject()
                                .put("id", r.getString(1))
                                .put("title", r.getString(2))
                                .put("current", r.getBoolean(3));
                    }
                }
            }
            out.putObject("profile").put("staff_view", caller.staff());
            out.putObject("tokens").put("api_token", portal.auth().tokenOf(caller));
            return out;
        }));
    }
}
