/**
 * The HR office confirms a suggested step of the improvement path (PP 30/2019 Pasal
 * 57-58), from the menu by xml id: the tour passes in whatever language the user reads.
 */
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("hr_kinerja_asn_tindak_lanjut_tour", {
    steps: () => [
        {
            content: "Menu Evaluation",
            trigger: ".o_main_navbar .o_menu_sections button[data-menu-xmlid='hr_kinerja_asn.menu_kinerja_penilaian']",
            run: "click",
        },
        {
            content: "Menu Evaluation › Rewards and Sanctions",
            trigger: ".o-dropdown--menu .dropdown-item[data-menu-xmlid='hr_kinerja_asn.menu_kinerja_tindak_lanjut']",
            run: "click",
        },
        {
            content: "Open the suggestion about the staf",
            trigger: ".o_list_view .o_data_row td[name='employee_id']:contains('Staf')",
            run: "click",
        },
        {
            content: "Confirm it",
            trigger: ".o_form_view button[name='action_konfirmasi']",
            run: "click",
        },
        {
            content: "Yes",
            trigger: ".modal .modal-footer .btn-primary",
            run: "click",
        },
        {
            content: "Confirmed: the step may now be marked done",
            trigger: ".o_form_view button[name='action_selesai']",
        },
    ],
});
