/** The pegawai reads their final evaluation and signs it as received. */
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("hr_kinerja_asn_evaluasi_terima_tour", {
    steps: () => [
        {
            content: "Open my final evaluation",
            trigger: ".o_list_view .o_data_row td[name='periode_label']",
            run: "click",
        },
        {
            content: "Acknowledge and sign it",
            trigger: "button[name='action_terima']",
            run: "click",
        },
        {
            content: "Confirm the electronic signature",
            trigger: ".modal .modal-footer .btn-primary",
            run: "click",
        },
        {
            content: "Signed: the button is gone",
            trigger: ".o_form_view:not(:has(button[name='action_terima']))",
        },
        {
            content: "Open the signatures tab",
            trigger: ".o_notebook .nav-link[name='tanda_tangan']",
            run: "click",
        },
        {
            content: "Both signatures, each with its verification link",
            trigger: "div[name='tanda_tangan_html'] tbody tr:nth-child(2) a[href*='/kinerja/verifikasi/']",
        },
    ],
});
