// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.vo.dali.DaliParams;
import org.meridian.vo.vosi.Xml;
import org.meridian.web.auth.CallerResolver;

/**
 * {@code /tap-server/tap/share} (seed sections 2.8, 3.9) and {@code /tap-server/tap/users}: the
 * actions astroquery's TapPlus sends, answered as the seed shows (the XML documents, and "OK" with a
 * second line for changes).
 */
record ShareHandler(CallerResolver callers, Sharing sharing) {

    void handle(Context ctx) throws TapException, SQLException {
        Caller caller = TapPlusRoutes.loggedIn(callers, ctx);
        DaliParams p = PlusParams.of(ctx);
        String action = p.first("action");
        switch (action == null ? "" : action.strip().toLowerCase(Locale.ROOT)) {
            case "getgroups", "getgroupsdescriptionsonly" ->
                xml(
                        ctx,
                        groups(
                                sharing.groups(caller),
                                !action.equalsIgnoreCase("GetGroupsDescriptionsOnly")
                                        && !"false".equalsIgnoreCase(p.first("include_users"))));
            case "getshareditems", "getshareditemsdescriptionsonly" ->
                xml(ctx, items(caller.username(), sharing.items(caller)));
            case "createorupdategroup" -> {
                String users = p.first("users_list");
                long id = sharing.saveGroup(
                        caller,
                        p.first("group_id"),
                        p.first("title"),
                        p.first("description"),
                        users == null ? null : list(users));
                ok(
                        ctx,
                        "Group '" + id + "' successfully " + (p.first("group_id") == null ? "created" : "updated")
                                + ".");
            }
            case "removegroup" -> {
                sharing.removeGroup(caller, p.first("group_id"));
                ok(ctx, "Group '" + p.first("group_id") + "' successfully removed.");
            }
            case "createusergroup" -> {
                sharing.addUser(caller, p.first("group_id"), p.first("user_id"));
                ok(ctx, "User '" + p.first("user_id") + "' successfully added.");
            }
            case "removeusergroup" -> {
                sharing.removeUser(caller, p.first("group_id"), p.first("user_id"));
                ok(ctx, "User '" + p.first("user_id") + "' successfully removed.");
            }
            case "createorupdateitem" -> {
                long id = sharing.saveItem(
                        caller,
                        p.first("resource_id"),
                        p.first("title"),
                        p.first("description"),
                        groupIds(p.first("items_list")));
                ok(
                        ctx,
                        "Resource '" + id + "' (type '0') successfully "
                                + (p.first("resource_id") == null ? "created" : "updated") + ".");
            }
            case "removeitem" -> {
                sharing.removeItem(caller, p.first("resource_id"));
                ok(ctx, "Resource '" + p.first("resource_id") + "' (type '0') successfully removed.");
            }
            default ->
                throw TapException.badRequest("action must be GetGroups, GetSharedItems,"
                        + " CreateOrUpdateGroup, RemoveGroup, CreateUserGroup, RemoveUserGroup, CreateOrUpdateItem"
                        + " or RemoveItem");
        }
    }

    /** {@code USER=name}: {@code name:Full Name} for an account, empty for none (logged-in callers only). */
    void users(Context ctx) throws TapException, SQLException {
        TapPlusRoutes.loggedIn(callers, ctx);
        String user = PlusParams.of(ctx).first("USER");
        if (user == null || user.isBlank()) {
            throw TapException.badRequest("USER is required");
        }
        String answer = sharing.user(user.strip())
                .map(m -> m.username() + ":" + m.fullName().replaceAll("[\\r\\n\\\\]", " "))
                .orElse("");
        ctx.contentType("text/plain; charset=UTF-8").result(answer);
    }

    /** {@code gid|Group|Read,gid|Group|Read}: the groups (only Read sharing with groups exists). */
    private static List<String> groupIds(String itemsList) throws TapException {
        if (itemsList == null || itemsList.isBlank()) {
            throw TapException.badRequest("items_list is required: group_id|Group|Read,...");
        }
        List<String> ids = new java.util.ArrayList<>();
        for (String item : list(itemsList)) {
            String[] parts = item.split("\\|");
            if (parts.length != 3 || !parts[1].equalsIgnoreCase("Group") || !parts[2].equalsIgnoreCase("Read")) {
                throw TapException.badRequest("items_list entries are group_id|Group|Read, not " + item);
            }
            ids.add(parts[0]);
        }
        return ids;
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static void ok(Context ctx, String message) {
        ctx.contentType("text/plain; charset=UTF-8").result("OK\n" + message + "\n");
    }

    private static void xml(Context ctx, String document) {
        ctx.contentType("text/xml; charset=UTF-8").result(document);
    }

    static String groups(List<Sharing.Group> groups, boolean withUsers) {
        return Xml.document(xml -> {
            XMLStreamWriter w = xml.writer();
            w.writeStartElement("sharedGroups");
            for (Sharing.Group g : groups) {
                w.writeStartElement("sharedGroup");
                w.writeAttribute("id", Long.toString(g.id()));
                w.writeAttribute("owner", g.owner());
                cdata(w, "title", g.title());
                cdata(w, "description", g.description());
                if (withUsers) {
                    w.writeStartElement("users");
                    for (Sharing.Member m : g.members()) {
                        w.writeEmptyElement("user");
                        w.writeAttribute("id", m.username());
                        w.writeAttribute("name", m.fullName());
                    }
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    static String items(String owner, List<Sharing.Item> items) {
        return Xml.document(xml -> {
            XMLStreamWriter w = xml.writer();
            w.writeStartElement("sharedItems");
            w.writeAttribute("owner", owner);
            for (Sharing.Item i : items) {
                w.writeStartElement("sharedItem");
                w.writeAttribute("id", Long.toString(i.id()));
                w.writeAttribute("type", "0");
                cdata(w, "title", i.title());
                cdata(w, "description", i.description());
                w.writeStartElement("sharedToItems");
                for (long g : i.groups()) {
                    w.writeEmptyElement("sharedToItem");
                    w.writeAttribute("shareTo", Long.toString(g));
                    w.writeAttribute("shareType", "Group");
                    w.writeAttribute("shareMode", "Read");
                }
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /** Text as CDATA, as Gaia writes it; a {@code ]]>} inside is split across two sections. */
    private static void cdata(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        String t = text == null ? "" : text;
        String[] pieces = t.split("]]>", -1);
        for (int i = 0; i < pieces.length; i++) {
            w.writeCData(pieces[i] + (i < pieces.length - 1 ? "]]" : ""));
            if (i < pieces.length - 1) {
                w.writeCharacters(">");
            }
        }
        w.writeEndElement();
    }
}
