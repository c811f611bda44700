package dev.launchdesk.shared;

import java.util.function.Supplier;

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

    /**
     * Runs a page form's save: on success its answer (a redirect); when binding failed, a rule is broken or
     * someone saved first, the form view again with the problem next to the field.
     */
    public static String saveOrShowForm(BindingResult binding, Supplier<String> formView, Supplier<String> save) {
        if (binding.hasErrors()) {
            return formView.get();
        }
        try {
            return save.get();
        } catch (InvalidInputException e) {
            reject(binding, e);
        } catch (ConflictException e) {
            reject(binding, e);
        }
        return formView.get();
    }

    private static boolean hasField(BindingResult binding, String field) {
        try {
            return binding.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
