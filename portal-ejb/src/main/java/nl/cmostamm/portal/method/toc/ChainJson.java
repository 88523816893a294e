package nl.cmostamm.portal.method.toc;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** A chain as the JSON a frozen version keeps, and back. */
final class ChainJson {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private ChainJson() {}

    static String write(Chain chain) {
        return JSONB.toJson(chain);
    }

    static Chain read(String json) {
        return JSONB.fromJson(json, Chain.class);
    }
}
