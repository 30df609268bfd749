package org.tessera.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tessera.shared.Forbidden;
import org.tessera.shared.InvalidInput;
import org.tessera.shared.NotFound;
import org.tessera.shared.TooLarge;

/** The administrator's page for the product's name, logo and colours, and for renaming or switching off modules. */
@Controller
class BrandingController {

    private final Branding branding;
    private final Modules modules;
    private final MessageSource messages;

    BrandingController(Branding branding, Modules modules, MessageSource messages) {
        this.branding = branding;
        this.modules = modules;
        this.messages = messages;
    }

    @GetMapping("/admin/branding")
    String page(HttpServletRequest request, Model model) {
        requireAdmin(request);
        Brand brand = branding.brand();
        return show(model, brand.productName(), brand.primaryColor(), brand.headerColor(), Map.of());
    }

    @PostMapping("/admin/branding")
    String describe(@RequestParam(defaultValue = "") String productName,
                    @RequestParam(defaultValue = "") String primaryColor,
                    @RequestParam(defaultValue = "") String headerColor, HttpServletRequest request,
                    HttpServletResponse response, Model model, RedirectAttributes flash) {
        requireAdmin(request);
        try {
            branding.describe(productName, primaryColor, headerColor);
            flash.addFlashAttribute("notice", "branding.saved");
            return "redirect:/admin/branding";
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            return show(model, productName, primaryColor, headerColor, errors(invalid));
        }
    }

    @PostMapping("/admin/branding/logo")
    String logo(@RequestParam(value = "logo", required = false) MultipartFile logo, HttpServletRequest request,
                HttpServletResponse response, Model model, RedirectAttributes flash) throws IOException {
        requireAdmin(request);
        try {
            branding.changeLogo(logo == null ? null : logo.getBytes());
            flash.addFlashAttribute("notice", "branding.logoSaved");
            return "redirect:/admin/branding";
        } catch (InvalidInput | TooLarge refused) {
            response.setStatus(refused instanceof TooLarge ? 413 : 400);
            Brand brand = branding.brand();
            return show(model, brand.productName(), brand.primaryColor(), brand.headerColor(),
                    Map.of("logo", refused.getMessage()));
        }
    }

    @PostMapping("/admin/branding/logo/remove")
    String removeLogo(HttpServletRequest request, RedirectAttributes flash) {
        requireAdmin(request);
        branding.removeLogo();
        flash.addFlashAttribute("notice", "branding.logoRemoved");
        return "redirect:/admin/branding";
    }

    /** Every module in one form: on or off, and its names in English and Portuguese. */
    @PostMapping("/admin/branding/modules")
    String modules(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
                   HttpServletResponse response, Model model, RedirectAttributes flash) {
        requireAdmin(request);
        try {
            for (SwitchableModule module : modules.known()) {
                String key = module.key();
                boolean on = !module.canBeSwitchedOff() || "true".equals(params.getFirst("on." + key));
                modules.change(key, on, params.getFirst("nameEn." + key), params.getFirst("namePt." + key));
            }
            flash.addFlashAttribute("notice", "branding.modulesSaved");
            return "redirect:/admin/branding#modules";
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            Brand brand = branding.brand();
            return show(model, brand.productName(), brand.primaryColor(), brand.headerColor(), errors(invalid));
        }
    }

    /** The uploaded logo, for every face and for people who have not signed in. Never run as a document. */
    @GetMapping("/branding/logo")
    ResponseEntity<byte[]> logo() {
        Branding.Logo logo = branding.logo().orElseThrow(() -> new NotFound("Logo"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(logo.contentType()))
                .cacheControl(CacheControl.maxAge(30, TimeUnit.DAYS).cachePublic())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .body(logo.content());
    }

    /** The colours as a style sheet every face links to; it changes address whenever the colours change. */
    @GetMapping(value = "/branding/style.css", produces = "text/css")
    ResponseEntity<String> style() {
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("text/css"))
                .cacheControl(CacheControl.maxAge(30, TimeUnit.DAYS).cachePublic())
                .body(branding.css());
    }

    private String show(Model model, String productName, String primaryColor, String headerColor,
                        Map<String, String> errors) {
        model.addAttribute("brand", branding.brand());
        model.addAttribute("productName", productName);
        model.addAttribute("primaryColor", primaryColor == null ? "" : primaryColor);
        model.addAttribute("headerColor", headerColor == null ? "" : headerColor);
        model.addAttribute("modules", modules.states());
        model.addAttribute("moduleNames", moduleNames(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("moduleNamesEn", moduleNames(java.util.Locale.ENGLISH));
        model.addAttribute("moduleNamesPt", moduleNames(java.util.Locale.forLanguageTag("pt")));
        model.addAttribute("errors", errors);
        model.addAttribute("maxLogoKb", Branding.MAX_LOGO_BYTES / 1024);
        return "web/branding";
    }

    /** Each module's own name in a language (before any renaming), to show beside the fields that rename it. */
    private Map<String, String> moduleNames(java.util.Locale locale) {
        var names = new LinkedHashMap<String, String>();
        for (SwitchableModule module : modules.known()) {
            names.put(module.key(), messages.getMessage("module." + module.key(), null, module.key(), locale));
        }
        return names;
    }

    private static Map<String, String> errors(InvalidInput invalid) {
        var errors = new LinkedHashMap<String, String>();
        invalid.violations().forEach(v -> errors.putIfAbsent(v.field(), v.message()));
        return errors;
    }

    private static void requireAdmin(HttpServletRequest request) {
        if (!request.isUserInRole("ADMIN")) {
            throw new Forbidden("Only administrators change the branding");
        }
    }
}
