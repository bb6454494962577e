"""The seed terms of the special categories, in the eight languages the guard reads.

Read by :mod:`troth.guard.lexicon_build`, which adds the names of countries and
languages in each language (from ``pycountry``), marks the words that are common in
another of the languages (from ``wordfreq``) and writes ``data/special_lexicon.json``.

A term is one or more words. A word ending in ``*`` matches every word it begins (a
stem: ``diabet*``); a word starting with ``*`` matches the end of a longer word (the
head of a compound: ``*krebs`` in "Brustkrebs"). A term starting with ``?`` is
ambiguous: it counts only beside a person it is about ("my", "I am", "my wife").
A term starting with ``^`` is an origin word (a country, a nation): it counts only
beside a word of origin ("descent", "Herkunft") and a person.
"""

from __future__ import annotations

from troth.guard import detection as cat

LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")

HEALTH = {
    "en": """hemophilia
    hashimoto* hand-foot-and-mouth hand_foot_and_mouth
    hip_replacement knee_replacement carpal_tunnel menisc* tonsillectomy tonsils_out
    retinal_detachment detached_retina haemochromatosis hemochromatosis
    miscarried guide_dog holter pulmonary_embolism
    blood_test blood_tests blood_results blood_work bloodwork smear_test cervical_screening
    sickle_cell_disease sickle_cell_anaemia sickle_cell_anemia
    my_infusion* infusion_therapy infusion_clinic iv_infusion* iv_drip
    spondyl* torn_ligament* cruciate_ligament* acl_surgery acl_reconstruction
    syndrome* panic_attack* anxiety_attack* flu cancer* tumor* tumour* chemo*
    radiotherap* diabet* asthma* depress* anxiety ?panic hiv epilep* seizure* dialysis
    disabilit* ?disabled wheelchair adhd autis* bipolar schizophren* migraine* ?stroke arthritis
    sclerosis parkinson* alzheimer* dementia covid living_with_ms ms_diagnosis illness* ill sick
    ?sickness surgery surgeries operation? pregnan* miscarriage hospital hospitals
    hospitali* rehab therapist* ?therapy psychiatr* psycholog* medication* meds antidepress*
    insulin* inhaler* pacemaker* ?pump hearing_aid* deaf ?blind hypertension cholesterol
    braille_display* ?screen_reader* ?screenreader* lip_read lip_reads lipread* lip_reading
    thyroid* lupus crohn* colitis celiac coeliac gluten_intolerant allergy allergic anorexi*
    bulimi* ptsd ocd addict* alcoholi* sober relapse overdose* cardiac heart_condition
    nosebleed*
    heart_attack heart_surgery fibromyalgia endometriosis ivf infertil* fertility menopaus*
    tinnitus vertigo concussion fractur* ?cast crutches physio* ?injur*
    diagnosed diagnosis diagnose prescription* prescribed ?symptom* doctor's_note sick_leave
    medical_leave blood_thinner* blood_pressure chronic_pain chronically mental_health
    mental_illness suicid* self-harm eating_disorder long_covid hepatitis tuberculosis std sti
    herpes chlamydia aids? leukemia leukaemia lymphoma melanoma transplant* stoma amputat*
    prosthe* paralys* paraplegic quadriplegic cerebral_palsy down_syndrome dyslexi* stutter*
    kidney liver_disease cirrhosis copd emphysema sleep_apnea cpap mri biopsy mammogram
    ultrasound antibiotics painkiller* opioid* methadone ozempic metformin prozac zoloft
    sertraline lithium xanax valium adderall ritalin ibuprofen? paracetamol? wegovy chemotherapy
    radiation_therapy flu fever gastroenteritis bronchitis bronchiolitis pneumonia infection*
    sciatica slipped_disc herniated_disc back_pain lumbago eczema psoriasis dermatitis ibs
    reflux ulcer gout anemia anaemia glaucoma cataract* macular_degeneration
    retinitis_pigmentosa hearing_loss cochlear_implant pcos dentist root_canal orthodontist
    chiropractor counsell* detox dyspraxia spina_bifida muscular_dystrophy haemophilia
    hemophilia thalassemia anaphylaxis epipen* dexcom freestyle_libre free_style_libre omnipod*
    cgm ct_scan x-ray metastas* oncolog* prep truvada warfarin* sintrom acenocoumarol* marcoumar
    xarelto eliquis levothyrox* euthyrox eutirox l-thyrox* enalapril ramipril lisinopril
    amlodipin* bisoprolol atorvastatin* statins sertralin* fluoxetin* citalopram escitalopram
    venlafaxin* bupropion quetiapin* olanzapin* methylphenidat* concerta medikinet diazepam
    lorazepam alprazolam zolpidem tramadol oxycodon* morphin* suboxone ventolin salbutamol
    symbicort predniso* cortison* humira methotrexat* tamoxifen letrozol* mounjaro signed_me_off
    signed_off_sick off_sick maternity_leave paternity_leave? ivf egg_retrieval embryo_transfer
    blood_transfusion* transfusion* physiotherap* mammogra* colonoscop* endoscop* gp_appointment
    gp sober sobriety rehab* nut_allergy peanut_allergy asthmatic pump? neurodivergent
    chest_pain fracture* broken_wrist gastric_bypass
    pregnancy_scan
    alcoholics_anonymous narcotics_anonymous plaster_cast
    dating_scan nuchal* wk_scan antenatal prenatal
       gallbladder chickenpox measles mumps scarlet_fever
       ?prep
    blood_transfusion* transfusion*
    multiple_sclerosis ostomy colostom* ileostom* stoma_bag*
    *ectomy *ectomies *itis gastroscop* gastroskop* koloskop* kolonoskop*
    bronchoscop* bronchoskop* broncoscop* bronkoskop* cystoscop* cystoskop* cistoscop*
    arthroscop* arthroskop* artroscop* artroskop* hysteroscop* histeroscop* histeroskop*
    laryngoscop* laryngoskop* laringoscop*
    pantopraz* omepraz* esomepraz* lansopraz* venlafax* wenlafaks* duloxet* dulokset*
    mirtazap* paroxet* paroksetyn* trazodon* agomelat* vortiox* amitript* nortript* clomipram*
    lamotrig* levetirac* valpro* carbamazep* karbamazep* oxcarbazep* topiram* pregabal*
    gabapent* lacosam* risperid* aripipraz* haloperid* clozap* klozap* paliperid* lurasid*
    lisdexamf* atomoxet* guanfac* donepez* memant* rivastig* levodop* ropinirol* pramipex*
    rasagil* apixab* rivaroxab* dabigatr* edoxab* enoxapar* clopidogr* klopidogr* ticagrel*
    phenprocoum* fenprocoum* acenocumar* metoprol* nebivol* carvedil* atenol* losart* valsart*
    candesart* telmisart* olmesart* perindopr* hydrochlorothiaz* furosemid* spironolact*
    rosuvast* simvast* pravast* ezetimib* sitaglipt* vildaglipt* empaglifl* dapaglifl*
    gliclaz* glimepir* dulaglut* liraglut* semaglut* tirzepat* insulin_glargin* glargin*
    levemir lantus novorapid humalog tresiba levothyrox* lewotyroks* thiamazol* tiamazol*
    carbimaz* budeson* formoter* salmeter* tiotrop* montelukast* beclometas* fluticas*
    adalimum* etanercep* infliximab* ustekinum* dupilum* ocrelizum* natalizum* fingolim*
    dimethyl_fumarate interferon_beta glatiram* mesalaz* azathiopr* mycophenol* tacrolim*
    ciclospor* hydroxychloroq* sulfasalaz* leflunom* allopurin* colchic* letrozol* anastrozol*
    exemestan* bicalutam* enzalutam* pembrolizum* nivolum* trastuzum* capecitab* emtricitab*
    tenofov* dolutegr* bictegr* efavir* raltegr* buprenorph* naltrex* acamprosat* disulfiram*
    clonazep* klonazep* bromazep* clorazep* lormetazep* oxazep* zopiclon* quetiap* olanzap*
    lexapro cipralex seroxat efexor cymbalta wellbutrin strattera elvanse vyvanse lyrica
    keppra lamictal tegretol depakin* depakote seroquel risperdal abilify zyprexa plavix
    brilique pradaxa lixiana clexane lovenox janumet januvia jardiance forxiga trulicity
    victoza saxenda glucophage diamicron lipitor crestor nexium pantoloc controloc seretide
    spiriva relvar singulair enbrel stelara remicade dupixent ocrevus tecfidera copaxone
    gilenya keytruda herceptin arimidex femara descovy biktarvy triumeq subutex antabus
    campral aotal rivotril lexotan orfidal trankimazin stilnox victan thyrax acard bisocard
    concor marcumar falithrom eltroxin letrox tapazol
    rheuma* reuma* hipertens* ipertens* hypertens* nadciśnieni* tensão_alta tensao_alta
    otitis otite zapalenie_ucha ipovedent* non_vedente non_vedenti
    lesión_medular lesão_medular lesione_midollare querschnitt* dwarslaesie
    prothese prothesen protesi protese próteses prótesis proteza protezy protezą
    favism favismo favisme favismus fawizm
    hemodialis* hemodiálise hemodiálisis emodialisi hämodialyse ecocardiogram* echocardiogram*
    echokardiogra* przeszczep* mukoviszidose mucoviscidose fibrosis_quística fibrosi_cistica
    fibrose_cística mukowiscydoz* taaislijmziekte coloscop* chronic_fatigue fatigue_chronique
    fatiga_crónica stanchezza_cronica chronische_vermoeidheid nikotinpflaster*
    nicotine_patch* parche_de_nicotina cerotto_alla_nicotina
    epoc bpco dpoc pochp cardiopat* kardiopat* válvula_aórtica valvola_aortica aortic_valve
    herzklappe* stent stents stentu oxygen_concentrator sauerstoffkonzentrator*
    koncentrator_tlenu koncentratora_tlenu concentrador_de_oxigénio zuurstofconcentrator*
    nebuliser* nebulizer* nebulizador* nebulizzatore* vernevelaar* inhalator* inhalador*
    inalatore* inhalateur* pufje pufjes tens-apparaat tens_machine tens-gerät cardioaspirina
    concentrador_de_oxígeno concentratore_di_ossigeno concentrateur_d'oxygène
    partially_sighted visually_impaired sehbehindert* malvoyant* deficiente_visual
    ipovedente slechtziend* niedowidz* hard_of_hearing schwerhörig* malentendant*
    hipoacusia ipoacusia slechthorend* niedosłysz* rotator_cuff manguito_rotador
    cuffia_dei_rotatori
    hypoglyc* hypoglyk* hyperglyc* low_blood_sugar blood_sugar_low sugar_crash loss_of_libido
    low_libido libido_loss ?stitches needed_stitches got_stitches sutures ?clean_for
    clean_since been_clean rollator* wchr wchc wchs
    heart_failure kidney_failure renal_failure keratoconus
    postpartum post_partum postnatal_depression medif""",
    "de": """onkologisch* hämophilie bluterkrankheit
    hand-fuß-mund* blutdruckmittel* blutdrucksenker*
    hüftprothese knieprothese hüft-op knie-op karpaltunnel* meniskus* mandel-op
    netzhautablösung* hämochromatose zahnspange* kieferorthopäd*
    darmspiegelung* magenspiegelung* führhund* blindenhund* lungenembolie langzeit-ekg
    mutterpass blutwerte blutabnahme blutbild blutuntersuchung* laborwerte
    sichelzellanämie sichelzellkrankheit
    syndrom* panikattacke* angstattacke* covid *krebs krebs* tumor* chemo* diabet*
    dyspraxie bänderriss kreuzband* mittelohrentzündung knieprothese* hüftprothese*
    bestrahlung bestrahlungen strahlentherapie alkoholabhängig*
    asthma* depression* depressiv* angststörung* panikattacke* epilep* dialyse behinder*
    schwerbehindert* rollstuhl* adhs autis* bipolar* schizophren* migräne schlaganfall*
    herzinfarkt* demenz alzheimer* parkinson* krank* *krankheit *erkrankung erkrankt* operation*
    operiert* schwanger* fehlgeburt* krankenhaus* klinik* reha* therapeut* therapie* psychiat*
    psycholog* medikament* insulin* taub gehörlos* blind* hörgerät* bluthochdruck schilddrüse*
    braillezeile* ?bildschirmleser* ?screenreader* lippenlesen von_den_lippen
    allergi* *allergie magersucht bulimie sucht süchtig* alkoholiker* diagnos* arzt* ärztin* attest
    *schmerzen bandscheibe* bandscheibenvorfall knie-op herzschrittmacher* *therapie psychisch*
    suizid* zöliakie unverträglich* hepatitis hiv aids mammographie mammografie befund*
    neurodermitis grippe fieber magen-darm bandscheibe* hexenschuss ischias zahnarzt
    wurzelbehandlung mutterschutz elternzeit? makuladegeneration grauer_star grüner_star
    hörsturz tinnitus kinderwunsch* ivf icsi schwerbehindertenausweis gdb vorerkrankung*
    herzerkrankung* herzklappe* *erkrankung nichtraucher? raucher? krankmeldung au-bescheinigung
    arbeitsunfähig* physio* ergotherap* logopäd* psychotherap* entzug* trocken? reha* marcumar
    insulinpumpe
    pflegegrad* schwerbehindert* grad_der_behinderung katheter* diabetolog* fraktur*
    knochenbruch gebrochen? notaufnahme magenverkleinerung schwangerschaft* mutterschutz
    anonyme_alkoholiker
    ultraschall* feindiagnostik nackenfalte* ersttrimester*
    krankschreibung gelber_schein windpocken masern mumps scharlach operiert herzprobleme*
    vorerkrankung* stimmband* armbruch beinbruch
    bluttransfusion* transfusion*
    multiple_sklerose *sklerose stomabeutel* künstlicher_darmausgang kolostom* ileostom*
    *ektomie *itis
    unterzucker* überzucker* hypoglyk* libidoverlust* libidomangel wurde_genäht
    musste_genäht genäht_werden platzwunde* clean_seit suchtberatung* drogenberatung*
    retinitis_pigmentosa
    herzinsuffizienz niereninsuffizienz *insuffizienz keratokonus spreizfuß plattfuß fersensporn
    hoergeraet* hoergerät*
    wochenbett* postpartal* aderlass* fremdblut*
    trocken_seit nüchtern_seit""",
    "fr": """arrêt_travail hémophilie
    pied-main-bouche
    canal_carpien ménisque* me_fais_opérer me_faire_opérer amygdales
    séances_de_rayons séance_de_rayons
    décollement_de_rétine décollement_de_la_rétine hémochromatose
    chien_guide chien-guide embolie_pulmonaire coloscopie fausse_couche
    prise_de_sang bilan_sanguin analyses_de_sang analyse_de_sang frottis
    drépanocytose drépanocytaire*
    syndrome* crise_d'angoisse crise_de_panique crises_d'angoisse covid cancer* tumeur*
    dyspraxie ligament_croisé ligaments_croisés
    chimio* diabét* diabet* asthm* dépress* depress* anxiété épilep* dialyse handicap*
    fauteuil_roulant tdah autis* bipolaire* schizophr* migraine* avc infarctus démence
    alzheimer* parkinson* malad* opéré opérée opérés opérées enceinte grossesse fausse_couche
    hôpital* hospitalis*
    rééducation thérapeute* thérapie psychiatr* psycholog* médicament* traitement* insuline
    sourd* malentendant* aveugle* malvoyant* hypertension allergi* anorexi* boulimi* addict*
    alcoolique* diagnostiqu* diagnostic arrêt_maladie ordonnance* chirurgi* greffe* sida vih
    hépatite suicid* kiné* irm échographie mammographie grippe fièvre gastro gastro-entérite
    bronchite bronchiolite lombalgie sciatique hernie_discale eczéma psoriasis dentiste
    dévitalisation carie* orthodont* rqth mdph fiv pma ponction_ovocytaire transfert_d'embryon
    congé_maternité congé_de_maternité dmla glaucome cataracte acouphène* appareil_auditif
    plage_braille ?lecteur_d'écran lire_sur_les_lèvres lis_sur_les_lèvres resucrer
    appareils_auditifs
    implant_cochléaire kiné kinésithérap* orthophon* psychothérap* sevrage* cœliaque coeliaque
    intolérance* levothyrox anticoagulant* insulinodépendant* glycémie stérilet? pilule?
    transfusion*
    affection_longue_durée arrêt_maladie en_arrêt urgences fracture* plâtre trisomie* dpni
    cassé_le cassée_la hémodialyse grossesse*
    ?ald affection_de_longue_durée affection_longue_durée
    alcooliques_anonymes
    arrêt_de_travail varicelle rougeole oreillons scarlatine opéré_de opérée_de

    transfusion*
    sclérose* stomie* colostomie* iléostomie* audioprothès* audioprothésiste*
    *ectomie
    rhinite* sinusite* otite* conjonctivite* tendinite* gastrite* cystite* appendicite*
    deroxat seroplex effexor laroxyl lexomil temesta kardegic tahor inexium
    arthrite* rétinite* hypoglyc* hyperglyc* perte_de_libido baisse_de_libido
    baisse_de_la_libido suture* clean_depuis abstinent* déambulateur*
    insuffisance_cardiaque insuffisance_rénale insuffisance_respiratoire insuffisance_hépatique
    kératocône
    post_partum suites_de_couches
    sobriété an_sans_alcool ans_sans_alcool mois_sans_alcool""",
    "es": """hemofilia
    boca-mano-pie mano-pie-boca
    túnel_carpiano menisco* amígdalas me_operan me_van_a_operar
    desprendimiento_de_retina hemocromatosis
    perro_guía perro_lazarillo embolia_pulmonar colonoscopia aborto_espontáneo
    análisis_de_sangre analítica_de_sangre extracción_de_sangre ?analítica citología
    drepanocitosis anemia_falciforme
    síndrome* ataque_de_pánico ataque_de_ansiedad ataques_de_pánico covid cáncer*
    dispraxia espondil* ligamento_cruzado ligamentos_cruzados
    cancer* tumor* quimio* diabet* diabét* asma asmátic* depres* ansiedad epilep* diálisis
    discapacid* silla_de_ruedas tdah autis* bipolar* esquizofren* migraña* ictus infarto*
    demencia alzheimer* parkinson* enferm* operado operada operados operadas operación
    cirugía embarazad* embarazo aborto
    hospital hospitals hospitali* rehabilitación terapeuta* terapia psiquiatr* psicólog*
    medicament* medicación tratamiento* insulina sord* ciego* ciega* hipertensión alergi*
    anorexi* bulimi* adicción adict* alcohólic* diagnostic* baja_médica receta* trasplante* sida
    vih hepatitis suicid* fisio* quimioterapia radioterapia resonancia ecografía mamografía
    gripe fiebre gastroenteritis bronquitis bronquiolitis neumonía lumbalgia ciática
    hernia_discal eccema psoriasis dentista endodoncia ortodoncia fiv reproducción_asistida
    transferencia_embrionaria baja_por_maternidad de_baja retinosis* degeneración_macular
    glaucoma cataratas audífono* implante_coclear celíac* celiaquía intolerancia* sintrom
    línea_braille ?lector_de_pantalla leer_los_labios leo_los_labios lectura_labial
    enalapril hipertens* anticoagulad* insulinodependiente epiléptic* alérgic* transfusi*
    logoped* psicoterap* desintoxicación
    hemodiálisis diálisis incapacidad_temporal baja_médica baja_por_enfermedad pérdida_auditiva
    audiometría* trisomía* nipt fractura* urgencias embarazad* escayola
    alcohólicos_anónimos
     varicela sarampión paperas escarlatina operado_de operada_de brazo_roto
    pierna_rota
    transfusión* transfusion*
    esclerosis ostomía* colostomía* ileostomía* bolsa_de_ostomía
    *ectomía *itis
    hipoglu* hipogli* hiperglu* bajón_de_azúcar bajada_de_azúcar pérdida_de_libido
    falta_de_libido sutura* limpio_desde limpia_desde ?limpio_hace
    besitran lexatin
    ?limpia_hace proyecto_hombre narcóticos_anónimos
    insuficiencia_cardíaca insuficiencia_cardiaca insuficiencia_renal insuficiencia_respiratoria
    queratocono
    posparto postparto puerperio
    sobriedad años_sin_beber año_sin_beber""",
    "it": """emofilia
    mani-piedi-bocca mano-piede-bocca
    tunnel_carpale menisco* tonsille mi_operano
    distacco_di_retina distacco_della_retina emocromatosi
    cane_guida embolia_polmonare colonscopia aborto_spontaneo intervento_al_cuore
    intervento_cuore operazione_al_cuore
    esami_del_sangue esame_del_sangue analisi_del_sangue emocromo pap_test pap-test
    drepanocitosi anemia_falciforme
    congedo_di_maternità congedo_maternità maternità_obbligatoria
    disprassia legamento_crociato legamenti_crociati
    sindrome* attacco_di_panico attacchi_di_panico disturbo_d'ansia covid cancro tumor*
    chemio* diabet* asma depress* ansia epiless* dialisi disabil* handicap* sedia_a_rotelle adhd
    autis* bipolar* schizofren* emicrania ictus infarto* demenza alzheimer* parkinson* malat*
    operato operata operati operazione operazioni chirurg* incinta gravidanza aborto ospedal*
    ricoverat* riabilitazione
    terapeut* terapia psichiatr* psicolog* farmac* medicin* insulin* microinfusore sord* cieco
    cieca ipovedent* ipertension* allergi* anoressi* bulimi* dipendenz* alcolist* diagnos*
    certificato_medico trapianto* aids hiv epatite suicid* fisioterap* chemioterapia risonanza
    ecografia mammografia referto* influenza febbre gastroenterite bronchite bronchiolite
    lombalgia sciatica ernia_del_disco eczema psoriasi dentista devitalizzazione ortodonzia pma
    fivet fecondazione transfer_embrionale maternità? maculopatia glaucoma cataratta
    apparecchio_acustico impianto_cocleare celiachia celiac* intolleranz* eutirox tiroide
    barra_braille ?lettore_di_schermo ?lettore_schermo leggo_il_labiale lettura_labiale
    ipertes* anticoagulant* coumadin trasfusion* logopedi* psicoterap* patologi* mal_di_gola
    pancione incinta gravidanz* esenzione_ticket codice_esenzione invalidità_civile plantare
    piede_piatto fascite ortopedic* emotrasfusion* enterale nutrizione_enterale frattur*
    pronto_soccorso glicemi* ingessat*
    esenzione_ticket codice_esenzione esenzione_per_patologia invalidità_civile
    alcolisti_anonimi infortunio_sul_lavoro
    morfologica translucenza_nucale
    certificato_di_malattia varicella morbillo orecchioni scarlattina operato_di operata_di
    braccio_rotto gamba_rotta
    trasfusion*
    sclerosi stomia stomizzat* colostomi* ileostomi* audioprotesi* apparecchi_acustici
    *ectomia
    rinite* sinusite* otite* congiuntivite* tendinite* gastrite* cistite* appendicite*
    artrite* retinite* ipoglic* iperglic* calo_di_zuccheri calo_degli_zuccheri
    calo_glicemico crisi_ipoglicemica calo_della_libido calo_del_desiderio
    daparox entact tavor
    sutur* serd ?pulito_da ?pulita_da narcotici_anonimi comunità_di_recupero stampelle
    deambulatore categorie_protette categoria_protetta
    insufficienza_cardiaca insufficienza_renale insufficienza_respiratoria cheratocono
    post_partum puerperio
    sobrietà anni_senza_bere problema_cardiaco problemi_cardiaci svenimento svenimenti
    contraccezione_d'emergenza pillola_del_giorno_dopo""",
    "pt": """baixa_médica certificado_de_incapacidade hemofilia
    mão-pé-boca
    túnel_cárpico menisco* amígdalas vou_ser_operad*
    descolamento_da_retina descolamento_de_retina hemocromatose
    cão-guia cão_guia embolia_pulmonar colonoscopia aborto_espontâneo
    análises_ao_sangue análises_sanguíneas análise_ao_sangue colheita_de_sangue hemograma
    drepanocitose anemia_falciforme
    licença_maternidade licença_de_maternidade licença-maternidade
    invisual invisuais dispraxia espondil* ligamento_cruzado
    dependência_de_álcool dependência_química alcoolismo desintoxicação
    síndrome* ataque_de_pânico crise_de_ansiedade ataques_de_pânico covid câncer*
    cancro tumor* quimio* diabet* diabét* asma depress* ansiedade epilep* diálise deficiên*
    deficiente* cadeira_de_rodas tdah autis* bipolar* esquizofren* enxaqueca* avc infarto*
    demência alzheimer* parkinson* doença* doente* operado operada operados operadas operação
    cirurgia grávida gravidez aborto
    hospital hospitals hospitali* internad* reabilitação terapeuta* terapia psiquiatr* psicólog*
    medicament* remédio* insulina surd* cego cega hipertensão alergi* anorexi* bulimi* vício
    viciad* alcoólatra alcoólic* diagnostic* atestado* transplante* aids hiv hepatite suicíd*
    fisioterap* ressonância ecografia mamografia gripe febre gastroenterite bronquite
    bronquiolite lombalgia ciática hérnia_discal eczema psoríase dentista desvitalização
    ortodontia pma fiv fertilização transferência_de_embrião licença_de_maternidade baixa_médica
    de_baixa retinose* degenerescência_macular glaucoma catarata* aparelho_auditivo
    linha_braille ?leitor_de_ecrã ?leitor_de_tela leio_lábios leitura_labial
    implante_coclear celíac* doença_celíaca intolerância* varfarina hipertens* anticoagulad*
    transfus* terapia_da_fala psicoterap* cirurgia* recuperar_de
    glicemia* carga_viral tarv antirretrovira* dolutegravir laudo_médico fratura* pronto-socorro
    grávida gravidez atestado_médico
    alcoólicos_anônimos alcoólicos_anónimos
    ultrassom* ultrassonografia* pré-natal
    baixa_médica atestado_médico varicela sarampo papeira escarlatina operado_a operada_a

    transfusão transfusões transfus*
    partiu_o_braço partiu_a_perna
    esclerose* ostomia* colostomia* ileostomia* ostomizad* aparelhos_auditivos
    *ectomia
    rinite* sinusite* otite* conjuntivite* tendinite* gastrite* cistite* apendicite*
    artrite* retinite* hipoglic* hiperglic* queda_de_açúcar baixa_de_açúcar perda_de_libido
    falta_de_libido levou_pontos levei_pontos sutura* ?limpo_há ?limpa_há
    narcóticos_anónimos narcóticos_anônimos atestado_multiuso grau_de_incapacidade
    insuficiência_cardíaca insuficiência_renal insuficiência_respiratória ceratocone
    queratocone
    pós_parto puerpério
    sobriedade anos_sem_beber""",
    "nl": """hemofilie
    hand-voet-mondziekte
    carpaletunnel* meniscus* word_geopereerd
    kuur netvliesloslating hemochromatose staaroperatie* beugel_nastellen soa-test soatest
    chemokuur* bestraling*
    geleidehond* longembolie darmonderzoek coloscopie miskraam bevallen_van
    bloedonderzoek bloedprik bloeduitslag* bloedwaarden uitstrijkje
    sikkelcelziekte sikkelcelanemie
    zwangerschapsverlof bevallingsverlof hoortoestel* gehoorapparaat*
    brailleleesregel* ?schermlezer* liplezen liplees*
    dyspraxie kruisband* knieprothese* heupprothese* oorontsteking*
    syndroom* paniekaanval* angstaanval* covid kanker* *kanker tumor* chemo* diabet*
    suikerziekte astma depressi* angststoorn* epilep* dialyse gehandicapt* handicap* beperking
    rolstoel* adhd autis* bipolair* schizofren* migraine beroerte hartaanval* dementie
    alzheimer* parkinson* ziek* *ziekte geopereerd operatie zwanger* miskraam ziekenhuis*
    revalid* therapeut* therapie psychiat* psycholo* medicijn* medicatie insuline doof ?dove
    blind* gehoorapparat* *allergie hoge_bloeddruk allergi* anorexia boulimia verslav* alcoholist*
    gediagnosticeerd diagnose burn-out burnout hiv aids hepatitis zelfmoord* suïcid* fysio* mri
    echografie mammografie griep koorts buikgriep bronchitis longontsteking hernia ischias
    eczeem psoriasis tandarts wortelkanaal* orthodont* ivf icsi zwangerschapsverlof
    bevallingsverlof maculadegeneratie glaucoom staar hoorapparaat* coeliakie glutenvrij?
    intolerant* acenocoumarol sintrom hartklachten hartkwaal* hartproblemen suikerpatiënt*
    hoge_bloeddruk bloedverdunner* transfusie* logopedie psychotherap* afkick* dialyse* *dialyse
    *schema?
    ggz emdr huisarts* maagverkleining maagband zwanger* ziekmelding ziektewet trombosedienst
    bestraling bestralingen
    gebroken? gips? spoedeisende_hulp fysiotherap*
    anonieme_alcoholisten
    twintigwekenecho termijnecho nekplooimeting* verloskundige*
    ziekmelding waterpokken mazelen bof roodvonk geopereerd
    bloedtransfusie* transfusie*
    multiple_sclerose stomamateriaal stomazak* colostoma ileostoma
    *ectomie *itis
    hypoglyk* hyperglyk* suikerdip lage_bloedsuiker libidoverlies verminderd_libido
    hechting* werd_gehecht moest_gehecht gehecht_worden clean_sinds rollator*
    wajong* arbeidsbeperking* doelgroepregister
    hartfalen nierfalen hartinfarct* herseninfarct* keratoconus wlz wlz-indicatie
    kraamtijd kraambed*
    nuchter_sinds jaar_nuchter
    hartoperatie hartoperaties""",
    "pl": """onkologiczn* zwolnienie_lekarskie zwolnieniu_lekarskim e-zla hemofili*
    bostonk* hashimoto
    cieśń_nadgarstka łąkotk* migdałki operują_mnie
    odwarstwienie_siatkówki odwarstwienia_siatkówki hemochromatoz*
    pies_przewodnik psa_przewodnika zatorowość_płucna kolonoskopi* poronienie poradnia_leczenia_bólu
    badania_krwi badanie_krwi badań_krwi pobranie_krwi wyniki_krwi cytologi*
    anemia_sierpowatokrwinkowa niedokrwistość_sierpowatokrwinkowa
    urlop*_macierzyńsk* na_macierzyńskim
    zespół_downa atak_paniki ataki_paniki napad_paniki covid rak raka raku rakiem
    nowotw* chemii chemię chemioterapi*
    chemioterapi* cukrzyc* astm* depresj* zaburzenia_lękowe stany_lękowe padaczk* epilep*
    dializ* niepełnospraw* wózk* adhd autyz* dwubiegunow* schizofren* migren* udar* zawał*
    demencj* alzheimer* parkinson* chorob* choruj* chory? chora? chorzy operacj* zoperow* ciąż*
    poronieni* szpital* rehabilitac* terapeut* terapi* psychiatr* psycholog* lek leki leków
    insulin* głuch* niewidom* niedowidz* nadciśnieni* alergi* anoreksj* bulimi* uzależni*
    alkoholi* zdiagnozow* diagnoz* zwolnienie_lekarskie zwolnienia_lekarskiego
    zwolnieniu_lekarskim na_zwolnieniu na_zwolnienie hiv aids żółtaczk* samobój* fizjoterap*
    wypalenie
    rezonans* tomograf* usg mammografi* wynik_badan* grypa gorączk* grypę zapalenie*
    rwa_kulszowa dyskopati* przepuklin* egzema egzemy egzemę łuszczyc* dentyst* stomatolog*
    kanałow* ortodont*
    in_vitro punkcja transfer_zarodka macierzyński urlop_macierzyński zwyrodnienie_plamki jaskr*
    zaćm* aparat_słuchowy celiaki* nietolerancj* euthyrox letrox warfaryn* acenokumarol
    monitor_brajlowsk* linijka_brajlowska linijki_brajlowskiej ?czytnik_ekranu
    czytam_z_ruchu_warg z_ruchu_warg
    nadciśnieni* transfuzj* logoped* psychoterap* nerwic* atak_paniki ataku_paniki ataki_paniki
    choruje_na serce
    glukometr* poziom_cukru poród porodu porodzie macierzyńsk* sanatori*
    turnus*_rehabilitac* dystrofi*
    mityng* anonimowi_alkoholicy zwolnienie_lekarskie złaman* gips* sor rehabilitacj* ciąży
    w_ciąży
    w_aa mityngi_aa
    zwolnienie_lekarskie ospa ospę ?odra ?świnka szkarlatyna operowan* zabieg_na
    przetoczenie_krwi przetoczenia_krwi transfuzj*
    stwardnienie_rozsiane stwardnienia_rozsianego stwardnieniem_rozsianym stomi* kolostomi*
    ileostomi* worek_stomijny aparaty_słuchowe
    *ektomia *ektomii *ektomię
    hipoglikemi* hiperglikemi* niedocukrzeni* spadek_cukru spadki_cukru spadek_libido
    brak_libido ?szwy ma_szwy miał_szwy miała_szwy mam_szwy założono_szwy założyli_szwy
    zdjęcie_szwów szycie_rany czysty_od czysta_od
    anonimowi_narkomani monar wózek_inwalidzki inwalid* kule_łokciowe o_kulach fizjo
    retinopati* barwnikowe_zwyrodnienie asertin
    niewydolność_serca niewydolności_serca niewydolność_nerek niewydolność_oddechowa
    stożek_rogówki angin*
    połóg połogu połogiem poporodow*
    trzeźwoś* trzeźwy_od trzeźwa_od
    odwyk* terapia_odwykowa terapii_odwykowej dyspraksj* więzadł* endoprotez*""",
}

GENETIC = {
    "en": """predictive_test predictive_genetic_test dnafit
    genetic* genome* genomic* genotyp* dna brca* haplogroup* haplotype* carrier_status
    mtdna pathogenic_variant likely_pathogenic
    ?carrier carrier_of i_m_a_carrier andme ancestrydna myheritage ancestry_kit ancestry_test
    dna_kit dna_test hereditary inherited_condition gene gene_variant mutation* heterozygous
    homozygous huntington* cystic_fibrosis sickle_cell factor_v_leiden tay-sachs snps snp_array
    snp_chip exome
    chromosom* karyotyp* apoe* mthfr paternity_test genealogy_test genotype* genotyping
    ancestry_dna ancestry_match* dna_match* raw_dna exome* wgs fastq vcf paternity dna_relative*
    half-sibling_match apoe lynch_syndrome homozyg* heterozyg* homozig* heterozig* homocig*
    heterocig* omozig* eterozig* hemizyg*
    hla hla_typing pharmacogenetic* pharmacogenomic* poor_metabolizer carrier_screening
    familytreedna ftdna my_heritage ancestry_matched
    genetic_counselling genetic_counseling
    karyotype* gene_panel* ngs_panel* trisomy*
    farmacogen* pharmakogen* farmakogen* nipt* cftr dpyd tpmt vkorc hfe_gen* nifty_test
    panorama_test harmony_test pränataltest praenataltest""",
    "de": """prädiktive*_test prädiktive*_gentest
    genetisch* gentest* genom genome genoms genomic* genomsequen* erbgut* erbkrank* dna
    haplogruppe* mtdna pathogene_variante
    dna-test vaterschaftstest abstammungsgutachten* dna-vaterschaftstest
    genmutation* mutation* trägerin träger_des erblich* chromosom* genotyp* abstammungstest*
    herkunftstest* dna-analyse exom* humangenetik* chorea-huntington huntington* rohdaten
    hla hla-typisierung dkms pharmakogenet* trägerscreening humangenet* vaterschaft*
    anlageträger* genträger* humangenetische_beratung genetische_beratung
    karyogramm* karyotyp* genpanel* trisomie*""",
    "fr": """test_prédictif test_génétique_prédictif
    génétique* génome* adn test_adn test_de_paternité héréditaire* mutation* porteur
    haplogroupe* variant_pathogène variante_pathogène
    porteuse chromosom* génotyp* kit_d'ascendance test_d'ascendance test_ado exome*
    conseil_génétique
    hla typage_hla pharmacogénét* dépistage_des_porteurs paternité
    porteurs porteuses porteur_sain porteurs_sains porteuse_saine porteuses_saines
    caryotype* panel_de_gènes trisomie*""",
    "es": """test_predictivo prueba_predictiva
    genétic* genoma* adn prueba_de_paternidad hereditari* mutación portador* portadora
    haplogrupo* variante_patogénica
    cromosom* genotip* kit_de_ancestros test_de_ancestros test_de_ascendencia exoma*
    portadora_de portador_de síndrome_de_lynch estudio_genético
    hla tipaje_hla farmacogenét* metabolizador_lento paternidad cribado_de_portadores
    consejo_genético asesoramiento_genético
    cariotipo* panel_genético trisomía*""",
    "it": """test_predittivo
    genetic* genoma* dna test_di_paternità ereditari* mutazion* portatore portatrice
    aplogrupp* variante_patogenetica variante_patogena
    cromosom* genotip* kit_di_ascendenza test_di_ascendenza test_degli_antenati esoma*
    portatrice_di portatore_di consulenza_genetica
    hla tipizzazione_hla farmacogenet* metabolizzatore_lento paternità screening_dei_portatori
    carenza_di_glucosio
    portatori portatrici portatore_sano portatori_sani portatrice_sana
    cariotipo* pannello_genetico pannello_ngs trisomia*""",
    "pt": """teste_preditivo
    genétic* genoma* dna teste_de_paternidade hereditári* mutação portador* portadora
    haplogrupo* variante_patogénica variante_patogênica
    cromossom* genótip* genotip* kit_de_ancestralidade teste_de_ancestralidade ancestralidade
    exoma* portadora_de portador_de heterozigot* homozigot*
    hla tipagem_hla redome farmacogenét* paternidade triagem_de_portadores
    aconselhamento_genético consulta_de_genética
    cariótipo* painel_genético trissomia*""",
    "nl": """voorspellende_test predictieve_test
    genetisch* genoom* dna dna-test vaderschapstest erfelijk* mutatie* drager draagster
    haplogroep* pathogene_variant
    chromosom* genotyp* afstammingstest* herkomsttest* exoom* erfelijkheidsonderzoek
    dragerschap*
    hla hla-typering farmacogenet* vaderschap* dragerschapsonderzoek ftdna familyfinder
    dragers draagsters erfelijkheidsadvies erfelijkheidsonderzoek*
    karyogram* karyotype* genpanel* trisomie*""",
    "pl": """test_predykcyjny badanie_predykcyjne
    genetyczn* genom genome genoms genomic* genomsequen* dna test_dna test_na_ojcostwo
    haplogrup* wariant_patogenny
    dziedziczn* mutacj* nosiciel*
    chromosom* genotyp* test_pochodzenia testu_pochodzenia egzom* badanie_genetyczne
    badania_genetyczne nosicielk*
    hla typowanie_hla farmakogenet* ojcostw* badanie_nosicielstwa
    poradnia_genetyczna poradni_genetycznej poradnię_genetyczną
    kariotyp* panel_genowy trisomi*""",
}

BIOMETRIC = {
    "en": """signature_dynamics
    stemafdruk* stemprofiel* voiceprint* voice_print* minha_digital rilievo_impronte
    rilievo_delle_impronte fingerprint* finger_print* thumbprint* face_id faceid face_scan*
    facial_scan*
    facial_recognition face_recognition face_template* face_profile* facial_geometry faceprint*
    iris_scan* iris_pattern* retina* retinal* voiceprint* voice_id voice_print* voice_sample*
    voice_biometric* speaker_recognition palm_print* palm_vein* palmprint* hand_geometry
    vein_pattern* gait* signature_dynamics keystroke_dynamics biometric* face_unlock? touch_id
    face_template* facial_template* fingerprint_template* vein_template* palm_vein*
    iris_template* recognises_me recognizes_me wsq enrolled_fingerprint*
    voice_recognition eurodac afis ten-print tenprint""",
    "de": """unterschriftsdynamik
    fingerabdr* fingerabdruck* gesichtserkennung* gesichtsscan* gesichtsprofil*
    iris-scan* irisscan* netzhaut* gangprofil* gangerkennung* gangmuster* stimmprobe*
    stimmprofil* stimmabdruck* stimmerkennung* handvenen*
    biometri* gesichts-template* gesichtstemplate* fingerabdruck-template* handvenen*
    erkennt_mich erkennt_mein_gesicht erkennt_meine_stimme venenscan* daktyloskop*
    handgeometrie""",
    "fr": """dynamique_de_signature
    empreinte* empreintes_digitales reconnaissance_faciale scan_facial scan_du_visage
    iris rétine* empreinte_vocale reconnaissance_vocale biométri* gabarit_facial
    reconnaissance_de_la_démarche reconnaissance_démarche
    profil_de_démarche profil_vocal veines_de_la_main
    gabarit_biométrique modèle_facial empreinte_palmaire réseau_veineux me_reconnaît
    relevé_d'empreintes
    gabarit_veineux réseau_veineux_du_doigt décadactylaire* dactyloscop* faed
    contour_de_la_main paume_de_la_main""",
    "es": """firma_dinámica palma_de_la_mano
    huella* dactilar* reconocimiento_facial escaneo_facial iris retina huella_de_voz
    perfil_de_marcha reconocimiento_de_la_marcha
    perfil_de_voz venas_de_la_mano venas_de_la_palma
    reconocimiento_de_voz biométric* plantilla_facial plantilla_biométrica venas_de_la_palma
    voz_registrada huella_registrada
    me_identifica_por me_reconoce_por toma_de_huellas me_reconoce dactiloscóp* lofoscóp*
    geometría_de_la_mano""",
    "it": """firma_grafometrica
    impronte_digitali impronta* riconoscimento_facciale scansione_del_volto
    scansione_facciale iride retina impronta_vocale biometric* template_facciale
    impronte_digitali rilevamento_impronte impronta_digitale vene_del_palmo mi_riconosce
    mi_identifica
    riconoscimento_vocale riconoscimento_della_voce
    rilievi_dattiloscopici dattiloscop* fotosegnalet* geometria_della_mano modello_facciale
    profilo_di_andatura riconoscimento_dell'andatura profilo_vocale vene_palmo""",
    "pt": """assinatura_dinâmica
    impressão_digital impressões_digitais digitais reconhecimento_facial biometria*
    biométric* íris retina impressão_vocal template_facial modelo_facial impressoes
    perfil_de_marcha perfil_marcha
    reconhecimento_de_marcha perfil_de_voz perfil_vocal veias_da_palma
    impressão_indicador impressao* recolha_de_impressões veias_da_palma reconhece-me
    digital_cadastrada digital_registrada voz_cadastrada
    me_reconhece
    reconhecimento_de_voz reconhecimento_vocal
    verificação_de_voz verificacao_voz lofoscópic* dactiloscópic* geometria_da_mão""",
    "nl": """handtekeningdynamiek
    vingerafdruk* gezichtsherkenning* gezichtsscan* irisscan* netvlies* stemherkenning*
    biometri* gezichtstemplate* gezichts-template* vingerafdruk-template* handpalmader*
    aderpatroon* herkent_me herkent_mij dactyloscop* handgeometrie looppatroon* loopprofiel*
    gezichtsprofiel*
    stemprofiel*""",
    "pl": """dynamika_podpisu
    odcisk* odcisków linii_papilarnych rozpoznawanie_twarzy skan_twarzy tęczówk*
    siatkówk* biometri* szablon_twarzy odcisk_palca odcisku_palca odciski_palców naczyń_dłoni
    układ_naczyń rozpoznaje_mnie
    rozpoznawanie_głosu rozpoznawania_głosu rozpoznawaniem_głosu
    weryfikacj*_głosow* wzorzec_głosu wzorca_głosu wzorzec_twarzy wzorca_twarzy
    mnie_rozpoznaje mnie_rozpoznał mnie_rozpoznała rozpoznał_mnie poznał_mnie
    daktyloskop* geometria_dłoni profil_chodu wzorzec_chodu wzorca_chodu rozpoznawanie_chodu
    profil_głosowy profilu_głosowego żył_dłoni""",
}

RACE = {
    "en": """irish_traveller irish_travellers traveller_community
    afro ethnicity ethnic* racial* race? african-american* afro-american* black_woman
    black_man black_person black_people black_family black_british i'm_black i_am_black im_black
    as_a_black being_black black_mom black_dad black_men black_women black_girl black_guy
    black_american i'm_white as_a_white i'm_brown as_a_brown hispanic* latino* latina* latinx
    caucasian asian-american* mixed-race mixed_race biracial multiracial aboriginal indigenous
    native_american first_nations ?roma romani sinti gypsy traveller* traveler_community kurd*
    uyghur* tamil* berber* amazigh hmong māori maori sámi sami inuit yoruba igbo hausa pashtun*
    hazara* rohingya tatar* chechen* ashkenazi* sephardi* afro-caribbean* person_of_colour
    person_of_color poc bipoc arab* ?asian black_staff black_british black_caribbean windrush
    hyphenated? mixed_heritage british_asian british_pakistani ethnic_minority
    punjabi kashmiri sephardi* ashkenazi* traveller_community irish_traveller* gypsy romani sami
    inuit maori aboriginal first_nations native_american hmong uyghur* amazigh
    national_minority national_minorities ethnic_minorities romanichal* romany yenish
    sorbian* wayuu rarámuri tarahumara guarani mapuche quechua aymara kanak* innu moluccan*
    kashubian* lemko* karaim* arbëreshë
    ngāti ngati iwi koori wiradjuri noongar yolngu torres_strait_islander* first_nations
    cree navajo lakota cherokee ojibwe garifuna ashkali aschkali harki harkis pavee
    white_and_black_african white_and_black_caribbean white_and_asian black_african
    black_british asian_british british_asian white_irish irish_traveller*
    afroespañol* afroitalian* afroitalian* afrofrançais* afrofrancese afroportugu*
    afrolatin* afrocaribe* afrocolombian* afroperuan* afroecuatorian* afroneerland*
    afrosurinaam* aimara tsigane* kabyle amazigh*
    british_indian british_bangladeshi british_chinese british_african british_caribbean
    british_arab romni romnja sinto sinta sintiza sintize sintizza danish_minority
    quechuas aymaras mapuches
    fulani fula fulbe wolof akan ashanti maasai oromo tigrayan*""",
    "de": """afro ethnisch* herkunft? abstammung hautfarbe migrationshintergrund schwarze* farbige*
    sinti ?roma kurd* türkischstämmig* *stämmig* deutsch-türk* afrodeutsch* sorbisch* sorben
    sorbin friesisch*? jenisch* russlanddeutsch* spätaussiedler*
    sephardisch* aschkenasisch* samisch* uigur* jesid*
    sintezza sintize roma-familie
    nationale_minderheit nationalen_minderheit ethnische_minderheit ethnischen_minderheit
    volksgruppe* nordfries* jenische* kaschub* lemken molukk* karaim* wayuu mapuche
    sintiza sintizze sinto romni romnja domowina dänische_minderheit dänischen_minderheit
    ^polnisch* ^indisch* ^syrisch* ^türk ^türke ^türkin ^türken""",
    "fr": """afro ethni* origine? racisé* noire noir? métis* métisse maghrébin* beur beurette*
    rebeu gitan* rom
    roms tzigane* kurde* berbère* arabe* antillais* franco-? afro-descendant*
    issu_de_l'immigration
    gens_du_voyage autochtone* innu innue inuit amérindien* séfarade* ashkénaze* ouïghour*
    kabyle*
    kanak kanaks peul peuls peule peules wolof bambara soninké soninkés haoussa toucouleur*
    minorité_nationale minorité_ethnique manouche* yéniche* sorabe* wayuu rarámuri mapuche
    quechua aymara guarani kachoube* lemko* moluquois* hmong hmongs antillaise antillaises
    ^chinois ^chinoise ^chinoises ^turc ^turque ^turcs ^turques ^grec ^grecque ^ghanéen*
    ^cap-verdien*""",
    "es": """nikkei saharaui saharauis étnic* etnia raza? racializad* gitan* negra negro?
    morena? indígena* mestiz*
    afrodescendiente* afro afrodescend* afroamerican* afrobrasil* kurd* bereber* árabe* latino*
    latina* hispano-? afroecuatorian*
    afrocolombian* mapuche quechua aymara
    sefardí* asquenazí* gitana* indígena* mapuche* afrolatin* uigur*
    afroperuan* afrocubano*
    minoría_nacional minoría_étnica pueblo_originario pueblos_originarios wayuu wayúu
    rarámuri tarahumara guaraní kaiowá mbya wichí embera nahua* zapotec* mixtec* bubi* sinti
    manouche* ^chino ^china ^chinos ^chinas ^turco ^turca ^polaco ^polaca ^egipcio ^egipcia
    ^griego ^griega ^sirio ^siria ^iraquí ^caboverdiano ^caboverdiana""",
    "it": """afro etnia etnic* razza? nera? nero? rom sinti zingar* kurd* berber* arab*
    afrodiscendent* meticc*
    sefardit* ashkenazit* arbëreshë arbereshe rom sinti caminanti uigur*
    minoranza_nazionale minoranza_etnica minoranza_linguistica ladin* grecanic* sorabi wayuu
    mapuche quechua guaraní manouche* sinto sinta sinte
    ^cinese ^cinesi ^tedesco ^tedesca ^tedeschi ^olandese ^olandesi ^inglese ^inglesi ^turco
    ^turca ^turchi ^polacco ^polacca ^rumeno ^rumena ^rumeni ^egiziano ^egiziana ^egiziani
    ^ghanese ^ghanesi ^capoverdiano ^capoverdiana ^greco ^greca ^siriano ^siriana
    ^iracheno ^irachena""",
    "pt": """nikkei afro étnic* etnia raça? negra negro? pardo parda pardos pardas preta? preto?
    indígena* cigan* quilombola*
    mestiç* afrodescendente* curd* árabe* parda pardo raça/cor cor/raça quilomb* autodeclarad*?
    pataxó pataxo guarani* yanomami* cigana* quilombola* indígena* sefardit* asquenaz*
    minoria_nacional minoria_étnica povos_originários povo_originário kaiowá guarani-kaiowá
    wayuu tupinamb* xavante* terena* kaingang* manouche* ^chinês ^chinesa ^turco ^turca
    ^polaco ^polaca ^egípcio ^egípcia ^grego ^grega ^sírio ^síria ^iraquiano ^iraquiana
    ^cabo-verdiano ^cabo-verdiana""",
    "nl": """afro etnisch* afkomst? huidskleur zwarte* ?roma sinti zigeuner* koerd* marokkaan*
    turkse* surinaams* antilliaans*
    hindostan* hindostaan* hindoestaan* creools* moluks* molukker* sefardisch* ?indo indo's
    asjkenazisch* sinti woonwagenbewoner*
    nationale_minderheid etnische_minderheid friese_minderheid romanichal* jenische*
    kasjoeb* lemken wayuu mapuche ^chinees ^chinese ^turks ^turkse ^poolse ^grieks
    ^griekse ^syrisch ^syrische ^iraaks ^iraakse ^armeens ^armeense ^indisch ^indische""",
    "pl": """afro etniczn* pochodzeni? rasa? czarnoskór* rom romka romów cygan* kurd* tatar* łemk*
    kaszub* śląsk* łemko* kaszub* ślązak* ślązaczk* romska romski
    romsk* romów romka romowie kaszub* łemk* tatar* aszkenaz* sefardyj* ujgur*
    mniejszość_narodowa mniejszości_narodowej mniejszość_etniczna mniejszości_etnicznej
    łemkowsk* karaim* tatarsk* kaszubsk* śląskiej_narodowości narodowość_śląska wayuu
    romem romami romce romką romowi ^chińczyk* ^chińsk* ^turecki* ^turecka ^tureckiej
    ^turczyn* ^turczynk* ^grecki* ^grecka ^greckiej ^egipsk* ^iracki* ^iracka ^ormiański*
    ^ormiańska ^ormiańskiej""",
}

ORIGIN_CUES = {
    "en": """descent heritage ancestry roots origin origins background immigrant* immigrated
    emigrated refugee* ethnically born_in grew_up_in parents_are_from family_is_from half half-
    -born association community diaspora elders second-generation third-generation
    second_generation third_generation
    minority""",
    "de": """herkunft abstammung *stämmig* wurzeln eingewandert* migrant* einwanderer*
    geflüchtet* flüchtling* eltern_sind_aus familie_stammt stamme stammt halb verein* gemeinde?
    gemeinschaft* diaspora *verein kollektiv zweite_generation dritte_generation
    minderheit*""",
    "fr": """origine origines ascendance racines immigré* réfugié* descendant* issu* issue
    moitié association* communauté* diaspora collectif deuxième_génération
    troisième_génération
    minorité*""",
    "es": """origen ascendencia raíces inmigrante* emigr* refugiad* descendiente* mitad asociación
    comunidad diáspora colectivo segunda_generación tercera_generación
    minoría*
    medio""",
    "it": """origine origini discendenza radici immigrat* rifugiat* discendente* metà associazione
    comunità diaspora collettivo seconda_generazione terza_generazione
    minoranza*
    mezzo mezza""",
    "pt": """origem ascendência raízes imigrante* refugiad* descendente* metade associação
    comunidade diáspora coletivo segunda_geração terceira_geração
    minoria*
    meio meia""",
    "nl": """afkomst afkomstig roots wortels immigrant* vluchteling* gevlucht half vereniging
    gemeenschap diaspora collectief tweede_generatie derde_generatie
    minderheid*""",
    "pl": """pochodzeni* pochodzę korzeni* imigrant* uchodźc* potomek półkrwi stowarzyszeni*
    społeczności* społeczność diaspor* drugie_pokolenie trzecie_pokolenie
    mniejszość* mniejszości*
    pół""",
}

POLITICS = {
    "en": """party_conference party_congress
    opposition_activist political_prisoner dissident*
    democrat* republican* labour_party labour_member ?labour tory tories green_member
    green_members
    conservative_party lib_dem* liberal_democrat* socialist* communist* green_party ?greens
    libertarian* maga trump_supporter* political_views political_opinion* political_beliefs
    political_affiliation party_member* party_membership campaigned_for canvass* voted vote_for
    voting_for voting ?councillor ?councilor ?left-wing ?right-wing pro-life pro-choice brexiteer*
    remainer* reform_uk ?reform snp ukip councillor_for ?conservative ?labour_councillor
    scottish_national_party ?lib_dems plaid_cymru sinn_féin dup alliance_party?
    recurring_donation? anarchist* marched_against ?monarchist republican_movement
    liberal_democrats libdem* fianna_fáil young_conservatives young_labour ?plaid""",
    "de": """parteitag* kreisparteitag* landesparteitag*
    oppositionell* politische_gefangene politischer_gefangener regimekritiker*
    afd spd cdu csu fdp bsw die_grünen grünen die_linke linkspartei *-mitglied
    parteimitglied* parteibuch gewählt wähle wählen? wähler* politisch* ortsverein*
    kreisverband* stadtrat? stadträtin? bundestagsabgeordnet* landtagsabgeordnet* ?volt ?linke
    jusos junge_union parteispende* anarchist* freie_wähler freien_wähler freien_wählern ?fw
    *fraktion ödp ?tierschutzpartei
    övp spö fpö neos grünliberale
    julis grüne_jugend piratenpartei npd""",
    "fr": """congrès_du_parti
    opposant opposante opposants prisonnier_politique prisonnière_politique
    voterai voterais
    rassemblement_national front_national la_france_insoumise lfi parti_socialiste
    les_républicains renaissance? ecologistes écologiste* militant* vote voté votera
    communiste* socialiste* opinion_politique conseiller_municipal conseillère_municipale ?lr
    ?renaissance place_publique ?horizons modem? ?eelv secrétaire_fédéral* encarté* anarchist*
    les_écolos pour_les_écolos
    ?rn reconquête pcf npa insoumis* insoumise* conseiller_régional conseillère_régionale
    ecolo les_engagés ptb
    udi ?ps colistier colistière colistiers colistières jeunes_socialistes jeunes_républicains
    jeunes_insoumis jeunes_écologistes jeunes_communistes""",
    "es": """asamblea_del_partido congreso_del_partido
    opositor opositora opositores preso_político presa_política
    votaría psoe pp? podemos? vox? sumar ciudadanos? erc bildu junts votado voto? votaré
    militante* afiliado_al_partido afiliada_al_partido afiliado_a_un_partido comunista*
    socialista* opiniones_políticas ideología concejal* ?ciudadanos agrupación? ?pp anarquist*
    junts bng movimiento_ciudadano ?morena compromís más_madrid pnv representante_de_casilla
    izquierda_unida coalición_canaria upn
    en_comú en_comú_podem frente_amplio nuevas_generaciones juventudes_socialistas""",
    "it": """congresso_del_partito
    oppositore oppositrice prigioniero_politico prigioniera_politica
    voterò voterei
    partito_democratico pd fratelli_d'italia lega? forza_italia movimento_stelle
    iscritto_al_partito votato voto? militante* comunista* socialista* tesserat*
    consigliere_comunale consigliera_comunale fratelli_d'italia ?lega movimento_cinque_stelle
    ?sinistra_italiana ?azione italia_viva anarchic* appartenenza_politica circolo?
    alleanza_verdi_e_sinistra avs? più_europa noi_moderati
    grillin*
    rifondazione_comunista partito_comunista sinistra_italiana
    radicali_italiani ?radicali ?fdi giovani_democratici gioventù_nazionale""",
    "pt": """congresso_do_partido
    opositor opositora membro_da_oposição preso_político presa_política
    votarei votaria
    pt psdb psol pl? bolsonarista* petista* lulista* partido_socialista psd ?chega
    bloco_de_esquerda filiado* filiada* militante* votei voto? comunista* socialista*
    filiação_partidária ?livre ?ps ?js concelhia ?psd ?cds iniciativa_liberal vereador*
    vereadora* deputad*? pcp cds-pp
    rede_sustentabilidade pdt psb mdb pcdob pc_do_b união_brasil republicanos
    pessoas-animais-natureza jsd juventude_social_democrata juventude_socialista
    juventude_popular""",
    "nl": """partijcongres*
    oppositielid oppositiebeweging* politieke_gevangene dissident*
    pvv vvd pvda groenlinks cda sp? fvd bbb volt? partijlid* lid_van_de_partij gestemd
    forum_voor_democratie
    stem? stemde socialist* communist* ?sp ?cda raadslid* gemeenteraad*
    partijvoorkeur afdelingsvergadering* republikein* ?volt nsc pvdd sgp christenunie ?denk
    n-va vlaams_belang open_vld vooruit groen_links christen_unie
    gl-pvda partij_voor_de_dieren jovd cdja jonge_socialisten""",
    "pl": """zjazd_partii zjeździe_partii
    opozycjonist* więzień_polityczny więźniem_politycznym działacz_opozycji
    zagłosuję zagłosowałem zagłosowałam
    pis po? prawo_i_sprawiedliwość prawa_i_sprawiedliwości
    platforma_obywatelska konfederacj* lewica lewicy lewicę lewicą lewicow* psl członek_partii
    głosował*
    głosuję głosowałam głosowałem komunist* socjalist* poglądy_polityczne polska_partia?
    partia_zieloni partię_zieloni ?zieloni ?razem radny radna radnym radnej radni
    przynależność_partyjna ?kukiz* koalicja_obywatelska trzecia_droga nowa_lewica
    ?ko ?konfederacja strajk_kobiet strajku_kobiet ruch_autonomii_śląska
    ruchu_autonomii_śląska ruch_narodowy ruchu_narodowego ruchem_narodowym""",
}

RELIGION = {
    "en": """parishioner parishioners
    muslim* islam* christian christians christianity catholic* protestant* evangelical*
    for_lent during_lent quran_class quran_classes quran_school
    jewish? judaism jew hindu hindus hinduis* hindoe* buddhis* sikh* atheist* agnostic* mormon*
    jehovah* quaker*
    orthodox? baptist* methodist* lutheran* anglican* pentecostal* ?church ?mosque ?synagogue
    ?temple gurdwara ?pray* prayer* ramadan eid iftar lent passover yom_kippur rosh_hashanah
    sabbath shabbat diwali halal kosher ?mass rosary hijab turban? kippah yarmulke bible_study
    pastor* priest* imam rabbi rabbis rabbinic* clergy parish* congregation* baptis*
    confirmation? bar_mitzvah bat_mitzvah religio* faith? spiritual? believer* jummah
    jumu'ah friday_prayer*
    humanis* church_of_england confirmed_in? pilgrimage* hajj umrah lent? catechism*
    parish_priest vicar* reverend* fasting_month? jehovah's_witness* ?halal_meal* ?kosher_meal*
    apostasy? baptised baptized communion? tithe* tithing
    adventist* seventh-day_adventist* mennonite* amish neo-apostolic
    church_choir parish_choir
    daniel_fast confirmation_cert*
    church_membership left_the_church spiritist* spiritism sitting_shiva jainism jain_temple
    jain_centre jain_center paryushan* pratikraman* gurpurab vaisakhi baisakhi
    alevi alevis alevit* alevie*
    soka_gakkai gongyo
    kippour kipur jom_kipur hadj hadsch hadżdż bayram bajram bairam kurban_bayram
    cofe predikant* giainist* jainist* jaina langar suhoor sehri fastenbrechen
    rupture_du_jeûne ruptura_del_ayuno rottura_del_digiuno quebra_do_jejum
    pagar_promessa promesa_a_la_virgen
    capellán capellana cappellano capelão chaplain* aalmoezenier* kapelan* seelsorger*
    taufurkunde* taufschein* schabbat aïd aïd_el-fitr vrijdaggebed* jeside* jesidin* yazidi*
    yézidi* jezyd* peregrino peregrina
    hanukkah chanukah sukkot shavuot vesak navratri eid_al_fitr eid_al_adha eid_mubarak""",
    "de": """gemeindemitglied pfarreimitglied
    konfi-unterricht konfirmandenunterricht fastenmonat jom_kippur
    frühmesse aschenkreuz
    muslim* islam* christ christin christen christlich* katholi* evangeli* protestant*
    koranschule* koranunterricht messdiener* ministrant*
    jüdisch* jüdin* juden jude judentum hindu hindus hinduis* hindoe* buddhist* atheist*
    konfession* religi* kirche? moschee* synagoge*
    gottesdienst* gebet gebete gebets* beten? ramadan fasten? fastenzeit pfarrer* priester* imam
    rabbiner*
    gemeinde? kirchensteuer konfirmation* kommunion* erstkommunion* firmung fastenmonat kist
    kirchensteuer*
    kirchenaustritt* ausgetreten? konfessionslos* humanist* freikirch* zeugen_jehovas
    pilgerfahrt* pilgerreise* wallfahrt* schweinefleisch? religiöse_gründe konf_rk konf_ev
    konf_evang muezzin*
    adventist* *-adventist siebenten-tags-adventist* mennonit* neuapostolisch* amisch*
    schabbat sabbat
    kirchenchor*
    zeugin_jehovas zeuge_jehovas
    kirchenmitgliedschaft* aus_der_kirche_ausgetreten spiritist* spiritismus schiwa schiwe
    jainismus paryushan* alevit* gurpurab vaisakhi soka_gakkai
    koscher *gebet zuckerfest opferfest chanukka pessach laubhüttenfest zeugin_jehovas""",
    "fr": """mois_de_jeûne paroissien paroissienne paroissiens israélite israélites
    profession_de_foi
    musulman* islam* chrétien* catholique* protestant* évangélique* juif* juive*
    enfant_de_chœur école_coranique
    judaïsme hindou* bouddhiste* athée* religi* église? mosquée* synagogue* messe? prière* prie?
    ramadan carême pasteur* prêtre* imam rabbin* croyant* pratiquant* communion ?confirmation
    voile? casher cacher curé* paroisse* aumônier* pèlerinage* catéchis* raisons_religieuses
    témoin_de_jéhovah témoins_de_jéhovah sans_porc? laïque? humanist* denier_du_culte
    pasteure* diacre* baptême* baptisé* foulard? kippa
    adventiste* mennonite* amish
    shabbat chabbat sabbat
    chorale_paroissiale chorale_de_la_paroisse
    roch_hachana rosh_hashana yom_kippour
    débaptis* apostasie spirite* spiritisme shiva_pour jaïn* jainisme paryushan*
    alévi alévis alévit* alévie*
    gurpurab vaisakhi soka_gakkai
    aïd_el_fitr aïd_el_kébir aïd_el_adha aïd_al_fitr aïd_al_adha aïd_ul_fitr aïd_moubarak
    aïd_mubarak hanoukka pessah souccot""",
    "es": """mes_de_ayuno feligrés feligresa feligreses israelita israelitas
    musulmán* musulmana* islam* cristian* católic* protestante* evangélic* judío judía
    monaguillo* clases_de_corán
    judíos judías
    judaísmo hindú hindúes hinduis* budista* ateo atea agnóstic* religi* iglesia? mezquita*
    sinagoga* misa?
    oración* rezo? rezar? ramadán cuaresma pastor* sacerdote* cura? imán? rabino* creyente*
    practicante* comunión cofradía* hermandad? semana_santa nazareno? costalero? catequesis
    catequista testigo_de_jehová testigos_de_jehová peregrinación* párroco? menú_halal
    sin_cerdo? pastora* diácono* bautizo* bautizad* confirmación? romería* novena*
    velo_islámico
    adventista* menonita* amish
    sabbat shabat shabbat
    coro_parroquial coro_de_la_parroquia coro_de_la_iglesia
    apostasía
    espiritista* espiritismo shivá jainismo paryushan* alevi alevis alevit* alevie*
    gurpurab vaisakhi soka_gakkai
    fiesta_del_cordero januká pésaj""",
    "it": """mese_di_digiuno parrocchiano parrocchiana parrocchiani israelita israeliti
    sala_del_regno torre_di_guardia confraternit* confratell* consorell*
    musulman* islam* cristian* cattolic* protestant* evangelic* ebre* ebraism* induist*
    chierichett* scuola_coranica
    buddist* ateo atea agnostic* religi* chiesa? moschea* sinagoga* messa? preghier* pregare?
    prego? ramadan quaresima pastore* sacerdote* prete preti imam rabbino* credente* praticante*
    comunione cresima catechismo catechista parroco parrocchia* pellegrinaggio*
    testimone_di_geova testimoni_di_geova suora* frate? medjugorje senza_maiale?
    motivi_religiosi diacono* battesim* battezzat*
    velo_islamico ?kasher
    avventist* mennonit* amish
    shabbat
    coro_parrocchiale coro_della_parrocchia coro_della_chiesa
    sbattezz* apostasia spiritista* spiritismo giainismo jainismo paryushan* alevit*
    gurpurab vaisakhi soka_gakkai
    festa_del_sacrificio hanukkah pesach
    valdese valdesi""",
    "pt": """mês_de_jejum paroquiano paroquiana paroquianos israelita israelitas
    confraria* ?irmandade
    muçulman* islã islam* cristã* cristão* católic* protestante* evangélic* judeu*
    acólito* escola_corânica unção_dos_doentes primeira_comunhão
    judia* judaísmo hindu hindus hinduis* hindoe* budista* ateu ateia agnóstic* religi* igreja?
    mesquita* sinagoga*
    missa? oração* orar? rezar? ramadã culto? quaresma pastor* ?padre* imã rabino* crente*
    praticante* comunhão terreiro candomblé umbanda filha_de_santo filho_de_santo dizimista
    dízimo assembleia_de_deus testemunha_de_jeová testemunhas_de_jeová peregrinação
    catequese pastora* diácono* batismo batizad* crisma romaria* novena* fátima? ?paróquia
    círio
    adventista* menonita* amish
    shabat shabbat ramadão
    coro_da_igreja coro_da_paróquia coro_paroquial
    ?templo grupo_de_louvor
    apostasia espírita* espiritismo kardecista* shivá jainismo paryushan*
    alevi alevis alevit* alevie* gurpurab
    vaisakhi soka_gakkai
    festa_do_sacrifício hanukkah pessach""",
    "nl": """vastenmaand parochiaan parochianen
    moslim* islam* christen* christelijk* katholiek* protestant* evangelisch* jood*
    koranles* koranschool* misdienaar* pinkstergemeente*
    joods* hindoe* boeddhist* atheïst* agnost* religi* geloof* gelovig* kerk? moskee* synagoge*
    gebed* bidden? ramadan vasten? dominee* priester* imam rabbijn* koosjer koosjere
    kosjer* kasjroet kerk? kerkdienst*
    gereformeerd* hervormd* levensbeschouwing* humanist* jehova's_getuige* bedevaart*
    pelgrimstocht* vrijgemaakt* kerkbijdrage* kerkelijke_bijdrage kerkbalans actie_kerkbalans
    ouderling* diaken* pastoor* voorganger? kerkenraad* doopsel* vormsel* eerste_communie
    adventist* zevendedags-adventist* mennonie* doopsgezind*
    sjabbat sabbat
    kerkkoor*
    kerklidmaatschap* uitschrijving_kerk uitgeschreven_uit_de_kerk spiritist* spiritisme
    sjiva jaïnisme jainisme paryushan* alevitis* gurpurab vaisakhi soka_gakkai
    suikerfeest offerfeest chanoeka pesach loofhuttenfeest
    soekot loofhuttenfeest jom_kipoer jom_kippoer""",
    "pl": """miesiąc_postu parafianin parafianka parafianie wypominki wypominek
    jasną_górę jasnej_górze jasna_góra
    muzułman* islam* chrześcijan* katoli* protestan* ewangeli* żyd* żydów judaizm
    ministrant*
    hindu hindus hinduis* hindoe* buddyst* ateist* agnostyk* religi* kościół kościoła kościele
    kościołem kościeln* meczet* synagog* msza* mszy modlitw* modlę
    ramadan post? ksiądz* księdz* pastor* imam rabin* muezin* wierząc* praktykując* komunia
    komunii
    komunię bierzmowani* ks proboszcz* parafi* pielgrzymk* apostazj* świadek_jehowy
    świadkowie_jehowy katechez* msza* mszy mszę mszą mszach
    prawosławn* greckokatol* muzułmańsk* buddyjsk*
    adwentyst* mennonit* amisz*
    szabat* ramadan*
    chór_parafialny chórze_parafialnym chóru_parafialnego chór_kościelny
    pielgrzym* świadkiem_jehowy świadka_jehowy kolęda kolędę
    spirytyst* spirytyzm dżinizm paryushan* alewic* gurpurab vaisakhi soka_gakkai
    chanuka pesach
    koszern* sukkot jom_kipur
    szabas szabat""",
}

UNION = {
    "en": """trade_union* labour_union* labor_union* union_member* union_rep* union_dues
    union_card union_meeting* union_steward shop_steward* unionized union_rep* unionised
    unionise* unionize* in_the_union joined_the_union member_of_the_union ?union teamsters
    afl-cio unite_rep unite_member gmb_rep union_official unite_the_union ?unite unison gmb ?rmt
    nea aft seiu uaw cwa ?ucu nurses_union collective_bargaining grievance? ?picket* strike?
    striking? walkout? rcn cwu ?equity_member equity_card usdaw gmb unite_rep pcs? bma fbu
    nasuwt aslef branch_meeting? union_branch union_member_discount tuc
    ?neu nuj siptu ?forsa inmo afscme ibew unifor cupe ?eis ?tssa bectu
    royal_college_of_nursing naht ?prospect_member prospect_union equity_union
    member_of_equity member_of_prospect ucu_rep unison_rep strike_pay""",
    "de": """gewerkschaft* *gewerkschaft verdi ver.di ig_metall igbce ig_bce gew dgb evg komba
    vertrauensleut* vertrauensfrau vertrauensmann ?streik*
    ?warnstreik* ngg gew evg dpolg vbe marburger_bund cockpit? ufo? komba verdi-mitglied
    ig-metall-mitglied gewerkschaftsmitglied*
    ?unia
    streikposten streikgeld* streikkasse* streikunterstützung
    dbb ig_bau igm syna vpod ögb pro-ge ?gpa younion gdp dbb-mitglied""",
    "fr": """syndicat* syndiqu* syndical* cgt cfdt fo? force_ouvrière unsa sud? cfe-cgc snuipp
    délégué_syndical déléguée_syndicale ?grève* ?gréviste* sud? sud_rail sud-rail cfe-cgc fsu
    snes* unsa adhérent_cgt adhérente_cgt adhérent_sud adhérente_sud
    piquet_de_grève caisse_de_grève indemnité_de_grève indemnités_de_grève
    cftc solidaires sgen fgtb csc cgslb csn ftq csq""",
    "es": """sindicat* sindical* ccoo ugt cgt? csif delegado_sindical delegada_sindical
    ?huelga* csif stes ustea cobas afiliado_a_ccoo afiliada_a_ugt
    piquete_de_huelga caja_de_resistencia fondo_de_resistencia ela_sindikatua
    cnt ?uso ?lab ?ela ?cig intersindical comisiones_obreras carnet_de_comisiones
    afiliado_a_comisiones afiliada_a_comisiones delegado_de_comisiones
    delegada_de_comisiones""",
    "it": """sindacat* sindacal* cgil cisl uil rsu delegato_sindacale delegata_sindacale
    ?sciopero* tesserato tesserata rsa? rsu filcams fiom fp_cgil cgil cisl uil ugl cobas usb?
    snals tessera_sindacale
    picchett* cassa_di_resistenza
    uilm flc_cgil ?gilda anief fisascat uiltucs ?fim_cisl""",
    "pt": """sindicat* sindical* sindicaliz* cut? ugt cgtp força_sindical delegado_sindical
    ?greve* snqtb sindicato* cgtp ugt fenprof stal sinttav sócio_do_sindicato quotas_sindicais
    piquete_de_greve colete_do_sindicato fundo_de_greve
    fne apeoesp ?ctb sindipetro sindipetro-nf spgl sitava sintap stad sppm""",
    "nl": """vakbond* fnv cnv vakbondslid* kaderlid ?staking* staken? de_unie
    ?unie fnv cnv ac nvj? abvakabo vakbondskorting? vakbondscontributie
    stakingskas* stakingspost* stakingsuitkering* stakingsgeld
    aob abvv acv aclvb cgslb vcp""",
    "pl": """związek_zawodowy związku_zawodowego związkowiec* związkow* solidarność solidarności
    opzz zakładowa ?strajk* znp ozzpip ozz opzz solidarność nszz związkowiec* związkowa*
    legitymacja_związkowa delegat* delegatk*
    pikiet* przewodniczący_związku przewodnicząca_związku fundusz_strajkowy
    funduszu_strajkowego zasiłek_strajkowy
    komisja_zakładowa komisji_zakładowej komisję_zakładową komisją_zakładową
    ozzl fzz wzz ?zz inicjatywa_pracownicz* inicjatywy_pracownicz* inicjatywie_pracownicz*
    inicjatywą_pracownicz*""",
}

SEX = {
    "en": """erection erections
    couples_therapy couple_therapy sex_therapist sex_therapy sexologist gay lesbian*
    psychosexual* sexual_therapy
    bisexual* bi? homosexual* queer pansexual* asexual* ace? lgbt* lgbtq* same-sex same_sex
    sexual_orientation sex_life sexual_partner* sexual_history sexual_preference* came_out
    coming_out come_out straight? heterosexual* grindr tinder?
    hinge? polyamor* kink* swinger* erectile viagra sex_worker std_test dating_app? transgender
    trans_woman trans_man non-binary nonbinary scruff planetromeo ?hornet
    planet_romeo romeo_app taimi jackd blued_app ?wapa lex_app
    erectile_dysfunction
    premature_ejaculation painful_sex
    same-gender same_gender homoparent*
    ?msm libido* ?intimacy intimacy_issues
    attracted_to_men attracted_to_women attracted_to_guys attracted_to_girls""",
    "de": """erektion erektionen erektionsprobleme polyamor polyamore*
    paartherapie* sexualtherap* sexolog* sexualität? schwul* lesbisch* lesbe*
    bisexuell* homosexuell* queer sexuelle_orientierung sexualleben coming-out geoutet
    pansexuell* asexuell* heterosexuell*
    hetero sexuelle_identität
    erektile_dysfunktion erektionsstörung* potenzprobleme
    vorzeitige_ejakulation schmerzen_beim_sex
    gleichgeschlechtlich* regenbogenfamilie* homo-ehe
    sex_mit_männern libido* libidoverlust sexuelle_unlust lustlosigkeit keine_lust_auf_sex
    paar_aus_zwei_frauen paar_aus_zwei_männern stehe_auf_männer stehe_auf_frauen""",
    "fr": """érection érections polyamoureu*
    thérapie_de_couple séance_de_couple sexologue* gay gai? gays lesbienne* bisexuel*
    sexothérap* thérapie_sexuelle
    homosexuel* queer orientation_sexuelle vie_sexuelle coming_out
    hétéro hétérosexuel* pansexuel* asexuel*
    dysfonction_érectile
    éjaculation_précoce douleurs_pendant_les_rapports rapports_douloureux
    même_sexe homoparental* homoparentale*
    couche_avec_des_hommes couchent_avec_des_hommes ?hsh libido*
    relations_sexuelles_avec_des_hommes baisse_du_désir manque_de_désir
    attiré_par_les_hommes attirée_par_les_femmes
    attiré_par_les_femmes attirée_par_les_hommes""",
    "es": """erección erecciones poliamoros* bollera
    terapia_de_pareja sexólog* gay gais lesbiana* bisexual* homosexual* queer
    terapia_sexual
    orientación_sexual vida_sexual salir_del_armario salí_del_armario
    heterosexual* pansexual* asexual* hetero deseo_sexual
    disfunción_eréctil
    eyaculación_precoz
    wapo
    mismo_sexo homoafectiv* homoparental*
    ?hsh libido* pareja_de_dos_mujeres pareja_de_dos_hombres""",
    "it": """erezione erezioni poliamoros*
    terapia_di_coppia sessuolog* gay lesbica lesbiche bisessual* omosessual* queer
    terapia_sessuale
    orientamento_sessuale vita_sessuale coming_out
    eterosessual* pansessual* asessual* etero desiderio_sessuale
    disfunzione_erettile
    eiaculazione_precoce rapporti_dolorosi dolore_durante_i_rapporti
    stesso_sesso omoaffettiv* omogenitorial*
    libido* coppia_di_donne coppia_di_uomini""",
    "pt": """ereção ereções poliamoros*
    terapia_de_casal sexólog* gay gays lésbica* bissexual* homossexual* queer
    terapia_sexual
    orientação_sexual vida_sexual saí_do_armário
    heterossexual* pansexual* assexual* hétero desejo_sexual
    disfunção_erétil
    ejaculação_precoce
    mesmo_sexo homoafetiv* homoparental*
    ?hsh libido* casal_de_mulheres casal_de_homens
    gosto_de_homens gosto_de_mulheres gosto_de_rapazes gosto_de_raparigas
    relações_com_homens""",
    "nl": """erectie erecties seks polyamoreu* polyamoureu* lesbo
    relatietherapie* seksuolo* homo homoseksu* lesbisch* lesbienne* biseksu* queer
    sekstherap* seksuele_therapie
    seksuele_geaardheid seksleven uit_de_kast
    heteroseksu* panseksu* aseksu* hetero
    erectiestoorn*
    voortijdige_zaadlozing seksuele_problemen pijn_bij_het_vrijen
    gelijk_geslacht zelfde_geslacht homostel* homohuwelijk* lesbisch_stel
    libido* libidoverlies seks_heeft_met_mannen zin_in_seks geen_zin_in_seks
    stel_van_twee_mannen stel_van_twee_vrouwen val_op_jongens val_op_mannen val_op_meisjes
    val_op_vrouwen""",
    "pl": """erekcja erekcji erekcję seks seksu poliamoryczn*
    terapia_par terapii_par seksuolog* gej geja gejem gejów gejowsk* gejem lesbij*
    biseksual* homoseksual*
    queer orientacja_seksualna orientacji_seksualnej życie_seksualne wyoutowan*
    heteroseksual* panseksual* hetero
    zaburzenia_erekcji zaburzeń_erekcji
    przedwczesny_wytrysk bolesne_współżycie problemy_seksualne
    jednopłciow* tej_samej_płci
    seks_z_mężczyznami libido* kontakty_seksualne_z_mężczyznami
    podobają_mi_się_kobiety podobają_mi_się_mężczyźni
    podobają_mi_się_faceci podobają_mi_się_dziewczyny""",
}

SOURCES: dict[str, dict[str, str]] = {
    cat.HEALTH: HEALTH,
    cat.GENETIC: GENETIC,
    cat.BIOMETRIC: BIOMETRIC,
    cat.RACE: RACE,
    cat.POLITICS: POLITICS,
    cat.RELIGION: RELIGION,
    cat.UNION: UNION,
    cat.SEXUAL_ORIENTATION: SEX,
}

# Common words of another language that a stem above begins and that mean the same thing
# there ("arabische" for "arab*", "chirurgie" for "chirurg*"): they stay matched. The build
# keeps every other such word out of the stem (Italian "operat*" does not match English
# "operator", nor Portuguese "cristã*" French "cristaux").
COGNATES = frozenset(
    """alcoholismo allergies arab araber arabie arabien arabieren arabii arabisch arabische
    arabischen arabischer arabo arabow arabowie arabska arabski arabskich arabskie
    arabskiego arabskiej arabskim autochtonen baptista baptiste blindness buddhismus
    catholicisme chirurg chirurgen chirurgiczne chirurgie chirurgii christentum christentums
    cristianismo curdi deficiencies deficiency deficient democrata democratas democrate
    democraten democrates delegation delegations diagnostic dyslexie etniciteit evangelie
    evangelio evangelista farmaceuticas farmaceuticos farmaceutische farmacias farmacos
    fisiologica fisiologico gips handicapped hispanica homosexualitat homosexualite
    humanisme humanismo humanismus humanista klinika kliniki kurdistan medicinais medicinal
    medicinales medicinas medicines militanti operation operaties operatoire paralyse
    paralysie patologii physiologie physiologique predikant raciale raciales republicana
    republicano republicanos reverendo sacerdotes sanatorio seelsorger socialisti symptome
    symptomen symptomes symptomy terapeutica terapeutico terapias therapeutic therapeutique
    therapeutiques therapies tomografia vicario zigeuner""".split()
)

# Words of a list above that mean something else in other languages, with those languages
# (Italian "autista" is a driver, German "doof" silly, Polish "tory" tracks). Such a word
# counts only when its sentence is not plainly written in one of those languages.
FALSE_FRIENDS = {
    word: tuple(languages.split(","))
    for word, languages in (
        pair.split(":")
        for pair in """autista:it chora:pt cura:it,pt cure:en,es,it,pt dove:en,it doof:de
        ela:pt,pl eis:de,nl,pt cut:en,de,fr,it,nl gene:fr injure:fr injures:fr lek:nl
        lent:fr messe:de,it neu:de opere:it padre:es,it prete:fr stem:en syna:pl tory:pl
        uil:nl unia:pl unie:fr union:fr unite:fr,it verdi:it livre:fr horizons:en
        renaissance:de,en denk:de compromis:fr,nl christ:en cree:es,fr gout:fr bof:fr
        chemie:de,nl lab:en,de,nl pis:es,fr gdp:en gpa:en,fr cockpit:en,fr,nl fdp:fr
        maga:it,pl internado:es deficiente:es,it eid:de jude:en cristiano:en,fr,nl,pt
        romani:it rsa:fr quilombo:es christen:en post:en,de,fr,it,nl sor:es fiom:nl""".split()
    )
}
