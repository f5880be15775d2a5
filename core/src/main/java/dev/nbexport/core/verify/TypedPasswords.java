package dev.nbexport.core.verify;

import java.util.Locale;

/**
 * Whether a value no name calls a password looks like one typed by a person: the judgement of the
 * credential readers that find a password by its place (an argument, a table's column, the decoded
 * half of an HTTP Basic value) rather than by a name beside it.
 *
 * <p>Tests and manuals fill those places with words ({@code login('testuser', 'testpw')},
 * {@code pass_('python')}) and with values that say what they stand for ({@code my-pvk-password}), so
 * on top of {@link SecretAssignments#secret} the value must be one word holding a letter and a digit
 * or a sign, and not spell {@code passw}.
 */
final class TypedPasswords {

    private TypedPasswords() {
    }

    static boolean typed(String value) {
        if (value.isEmpty() || value.length() > 128) {
            return false;
        }
        boolean letter = false;
        boolean other = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
            other |= !Character.isLetter(c);
        }
        return letter && other && !value.toLowerCase(Locale.ROOT).contains("passw")
                && SecretAssignments.secret(true, value);
    }
}
