package crosscheck.clean.metadata;

import java.util.Objects;

/**
 * A person or agency a report credits, as its own lines say: "Dan Lamothe and Alex Horton contributed to this
 * report" credits each of them ({@code contributed}), "(AP)" the Associated Press ({@code wire service}),
 * "Reporting by X; Editing by Y" X ({@code reporting}) and Y ({@code editing}).
 *
 * @param name who is credited, as the report writes it (agencies by their usual name: "Associated Press")
 * @param role what for, in a few lower-case words: "contributed", "wire service", "reporting", "additional
 *             reporting", "editing", "writing", "compiling", "production"
 */
public record Credit(String name, String role) {
    public Credit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
