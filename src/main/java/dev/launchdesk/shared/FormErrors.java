package dev.launchdesk.shared;

import org.springframework.validation.BindingResult;

/** Puts a rule violation onto a bound page form, so the page shows it next to the field. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult binding, InvalidInputException e) {
        for (InvalidInputException.FieldProblem p : e.problems()) {
            if (binding.getTarget() != null && hasField(binding, p.field())) {
                binding.rejectValue(p.field(), "invalid", p.message());
            } else {
                binding.reject("invalid", p.field() + ": " + p.message());
            }
        }
    }

    public static void reject(BindingResult binding, ConflictException e) {
        binding.reject("conflict", e.getMessage());
    }

    private static boolean hasField(BindingResult binding, String field) {
        try {
            binding.getFieldType(field);
            return binding.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
