/** The admin kepegawaian opens an employee, sets the NIP and the jabatan, and sees the PPK. */
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("hr_kinerja_asn_employee_tour", {
    url: "/odoo/action-hr_kinerja_asn.hr_employee_action_kinerja",
    steps: () => [
        {
            content: "Remove the default ASN filter: the new employee has no position type yet",
            trigger: ".o_searchview_facet:contains('ASN') .o_facet_remove",
            run: "click",
        },
        {
            content: "Open the employee from the ASN list",
            trigger: ".o_list_view .o_data_row td[name='name']:contains('Pegawai Tur')",
            run: "click",
        },
        {
            content: "Open the Kinerja ASN tab",
            trigger: ".o_notebook .nav-link:contains('Kinerja ASN')",
            run: "click",
        },
        {
            content: "Type the NIP with its usual spaces",
            trigger: "div[name='nip'] input",
            run: "edit 19940404 201603 1 010",
        },
        {
            content: "Choose the position type",
            trigger: "div[name='jenis_jabatan'] select",
            run: 'select "pelaksana"',
        },
        {
            content: "The ASN type is proposed from the NIP",
            trigger: "div[name='asn_type'] select:has(option:selected:contains('PNS'))",
        },
        {
            content: "Save",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Saved, with the NIP normalised",
            trigger: ".o_form_saved div[name='nip'] input:value(199404042016031010)",
        },
        {
            content: "The derived PPK skips the fungsional team lead",
            trigger: "div[name='pejabat_penilai_id']:contains('Kabid')",
        },
        {
            content: "and the atasan PPK is the Kadis",
            trigger: "div[name='atasan_pejabat_penilai_id']:contains('Kadis')",
        },
    ],
});
